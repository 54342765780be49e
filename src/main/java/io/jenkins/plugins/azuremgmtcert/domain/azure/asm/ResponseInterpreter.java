package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ServerText;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Reads one Service Management answer: the root element of the expected document on success, otherwise a
 * {@link TestFailure} with the diagnosis. Anything that is not Service Management XML (an HTML page, JSON, a foreign
 * XML document, a 404 without an Azure error) means the endpoint no longer serves the retired API.
 */
final class ResponseInterpreter {

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final URI requestUri;
    private final ErrorMapper errors;

    ResponseInterpreter(URI requestUri, ErrorMapper errors) {
        this.requestUri = requestUri;
        this.errors = errors;
    }

    /** The paging header of List Cloud Services, in requests and answers. */
    static final String CONTINUATION_TOKEN = "x-ms-continuation-token";

    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{1,2048}");

    /**
     * A successful answer: its root element, the request ID, and the token for the next page when there is one (only
     * printable ASCII is taken, so it can be sent back as a header).
     */
    record Answer(
            Element root,
            @CheckForNull String requestId,
            @CheckForNull String continuationToken) {}

    /** The successful answer whose root element has the local name {@code expectedRoot}. */
    Answer expect(HttpResponse<byte[]> response, String expectedRoot) throws TestFailure {
        int status = response.statusCode();
        if (status == 407) {
            // The JDK hands back the proxy's own answer to CONNECT, without a body.
            throw errors.proxyAuthenticationRequired(requestUri);
        }
        String requestId = requestId(response);
        Long retryAfter = retryAfter(response);
        byte[] body = response.body() == null ? new byte[0] : response.body();
        String contentType =
                response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        boolean success = status >= 200 && status < 300;
        if (body.length == 0 || !looksLikeXml(contentType, body)) {
            throw errorWithoutAzureBody(status, describe(contentType, body), retryAfter, requestId);
        }
        Element root;
        try {
            root = ServiceManagementXml.parse(body).getDocumentElement();
        } catch (ServiceManagementXmlException e) {
            if (success || e.declaresDoctype()) {
                throw malformed(e, requestId);
            }
            throw errorWithoutAzureBody(status, Messages.Answer_ForeignXml(), retryAfter, requestId);
        }
        if (success) {
            if (!ServiceManagementXml.inServiceManagementNamespace(root)
                    || !expectedRoot.equals(ServiceManagementXml.localName(root))) {
                throw notServiceManagement(status, Messages.Answer_ForeignXml(), requestId);
            }
            String token = response.headers().firstValue(CONTINUATION_TOKEN).orElse(null);
            return new Answer(
                    root, requestId, token != null && TOKEN.matcher(token).matches() ? token : null);
        }
        String code = ServiceManagementXml.childText(root, "Code");
        if ("Error".equals(ServiceManagementXml.localName(root))
                && ServiceManagementXml.inServiceManagementNamespace(root)
                && code != null) {
            throw errors.azureError(
                    status, code, ServiceManagementXml.childText(root, "Message"), retryAfter, requestId);
        }
        throw errorWithoutAzureBody(status, Messages.Answer_ForeignXml(), retryAfter, requestId);
    }

    private TestFailure malformed(ServiceManagementXmlException e, @CheckForNull String requestId) {
        String message = e.declaresDoctype()
                ? Messages.Answer_DoctypeRefused(requestUri.getHost())
                : Messages.Answer_Malformed(requestUri.getHost(), e.getMessage());
        return new TestFailure(ConnectionResult.failed(
                FailureKind.MALFORMED_RESPONSE, RequestIds.append(message, requestId), requestId));
    }

    private static boolean looksLikeXml(String contentType, byte[] body) {
        if (contentType.contains("html")) {
            return false;
        }
        return contentType.contains("xml") || (contentType.isEmpty() && startsLikeXml(body));
    }

    private static String describe(String contentType, byte[] body) {
        if (body.length == 0) {
            return Messages.Answer_Empty();
        } else if (contentType.contains("html") || startsLikeHtml(body)) {
            return Messages.Answer_Html();
        } else if (contentType.contains("json")) {
            return Messages.Answer_Json();
        }
        return Messages.Answer_Other(contentType.isEmpty() ? "?" : ServerText.clean(contentType, 60));
    }

    private TestFailure errorWithoutAzureBody(
            int status, String what, @CheckForNull Long retryAfter, String requestId) {
        if (status == 429 || status == 503) {
            return errors.throttled(status, null, retryAfter, requestId);
        }
        if (status >= 500) {
            return errors.serverError(status, null, requestId);
        }
        return notServiceManagement(status, what, requestId);
    }

    private TestFailure notServiceManagement(int status, String what, String requestId) {
        return errors.notServiceManagement(requestUri, status, what, requestId);
    }

    private static @CheckForNull String requestId(HttpResponse<?> response) {
        String id = response.headers().firstValue("x-ms-request-id").orElse(null);
        return id != null && REQUEST_ID.matcher(id).matches() ? id : null;
    }

    /** {@code Retry-After} as seconds: delta-seconds or an HTTP date (RFC 9110); null if absent or unreadable. */
    private static @CheckForNull Long retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").trim();
        if (value.matches("\\d{1,6}")) {
            return Long.parseLong(value);
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            long seconds = Duration.between(Instant.now(), when.toInstant()).toSeconds();
            return seconds >= 0 && seconds < 1_000_000 ? seconds : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean startsLikeXml(byte[] body) {
        String head = head(body);
        return head.startsWith("<") && !startsLikeHtml(body);
    }

    private static boolean startsLikeHtml(byte[] body) {
        String head = head(body).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String head(byte[] body) {
        return new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).strip();
    }
}
