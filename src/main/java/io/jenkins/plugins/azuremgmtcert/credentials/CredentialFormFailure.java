package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * Input that cannot become a credential (a wrong {@code .pfx} password, a missing file, a bad tenant ID, a refused
 * generation), with its localised message and the form field it concerns. The credential's constructor and setters
 * throw it so that the message reaches the person who saved the form:
 *
 * <ul>
 *   <li>the credentials plugin's dialog posts with {@code Accept: application/json} and shows
 *       {@code data.message} of the answer in the page's notification bar, so this answers in that shape;
 *   <li>any other submission gets core's answer to {@link Descriptor.FormException}: the error page with the message,
 *       or the Apply button's notification.
 * </ul>
 *
 * <p>It is deliberately not an {@link IllegalArgumentException}: Stapler wraps those into "Failed to instantiate"
 * while binding the form, and only an {@link HttpResponse} that leaves the web method as it was thrown is rendered
 * instead of core's error page with a logging ID. A {@code Descriptor.FormException} thrown by
 * {@code newInstance} would not get that far either: core's bind interceptor catches it and binds the constructor
 * again. The message is localised and holds no secret; there is no cause, so no parser's text can take its place.
 */
public final class CredentialFormFailure extends RuntimeException implements HttpResponse {
    private static final long serialVersionUID = 1L;

    private final String field;

    public CredentialFormFailure(@NonNull String message, @CheckForNull String field) {
        super(Objects.requireNonNull(message, "message"));
        this.field = field;
    }

    /** The form field the input came from ({@code certificateSource}, {@code tenantId}...), or {@code null}. */
    @CheckForNull
    public String getField() {
        return field;
    }

    /** The same failure as core's form exception, for callers that speak that type. */
    @NonNull
    public Descriptor.FormException toFormException() {
        return new Descriptor.FormException(getMessage(), field);
    }

    @Override
    public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
            throws IOException, ServletException {
        if (!wantsJson(req.getHeader("Accept"))) {
            toFormException().generateResponse(req, rsp, node);
            return;
        }
        rsp.setStatus(400);
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = rsp.getWriter();
        out.write(json());
        out.flush();
    }

    static boolean wantsJson(@CheckForNull String accept) {
        return accept != null && accept.contains("application/json");
    }

    /** The answer the credentials dialog reads: {@code data.message} and {@code data.notificationType}. */
    @NonNull
    String json() {
        StringBuilder data = new StringBuilder("{\"message\":")
                .append(quote(getMessage()))
                .append(",\"notificationType\":\"ERROR\"");
        if (field != null) {
            data.append(",\"field\":").append(quote(field));
        }
        data.append('}');
        return "{\"status\":\"error\",\"message\":" + quote(getMessage()) + ",\"data\":" + data + "}";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
