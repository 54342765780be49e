package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.util.Collection;
import org.kohsuke.stapler.HttpResponse;

/**
 * API stub of {@code hudson.util.FormValidation} (jenkins-core). The factories behave as the real ones outside a
 * request: plain-text messages are HTML-escaped and {@link #renderHtml()} returns the (escaped) message.
 */
public abstract class FormValidation extends IOException implements HttpResponse {
    private static final long serialVersionUID = 1L;

    /** API stub of {@code FormValidation.Kind}. */
    public enum Kind {
        OK,
        WARNING,
        ERROR
    }

    public final Kind kind;

    private FormValidation(Kind kind) {
        this.kind = kind;
    }

    private FormValidation(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static FormValidation error(String message) {
        return errorWithMarkup(message == null ? null : escape(message));
    }

    public static FormValidation warning(String message) {
        return warningWithMarkup(message == null ? null : escape(message));
    }

    public static FormValidation ok(String message) {
        return okWithMarkup(message == null ? null : escape(message));
    }

    public static FormValidation ok() {
        return respond(Kind.OK, "<div/>");
    }

    public static FormValidation errorWithMarkup(String message) {
        return withMarkup(message, Kind.ERROR);
    }

    public static FormValidation warningWithMarkup(String message) {
        return withMarkup(message, Kind.WARNING);
    }

    public static FormValidation okWithMarkup(String message) {
        return withMarkup(message, Kind.OK);
    }

    public static FormValidation respond(Kind kind, final String html) {
        return new FormValidation(kind) {
            private static final long serialVersionUID = 1L;

            @Override
            public String renderHtml() {
                return html;
            }
        };
    }

    public static @NonNull FormValidation aggregate(@NonNull Collection<FormValidation> validations) {
        if (validations.isEmpty()) {
            return ok();
        }
        if (validations.size() == 1) {
            return validations.iterator().next();
        }
        StringBuilder sb = new StringBuilder("<ul style='list-style-type: none; padding-left: 0; margin: 0'>");
        Kind worst = Kind.OK;
        for (FormValidation validation : validations) {
            sb.append("<li>").append(validation.renderHtml()).append("</li>");
            if (validation.kind.ordinal() > worst.ordinal()) {
                worst = validation.kind;
            }
        }
        return respond(worst, sb.append("</ul>").toString());
    }

    public abstract String renderHtml();

    private static FormValidation withMarkup(final String message, final Kind kind) {
        if (message == null) {
            return ok();
        }
        return new FormValidation(kind, message) {
            private static final long serialVersionUID = 1L;

            @Override
            public String renderHtml() {
                return message;
            }

            @Override
            public String toString() {
                return kind + ": " + message;
            }
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#039;")
                .replace("\n", "<br>");
    }
}
