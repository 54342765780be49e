package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
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

    /** A successful answer: its root element and the request ID. */
    record Answer(Element root, @CheckForNull String requestId) {}

    /** The successful answer whose root element has the local name {@code expectedRoot}. */
    Answer expect(HttpResponse<byte[]> response, String expectedRoot) throws TestFailure {
        String requestId = requestId(response);
        int status = response.statusCode();
        byte[] body = response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        boolean xml = contentType.contains("xml") || (contentType.isEmpty() && startsLikeXml(body));
        if (status == 407) {
            throw errors.proxyAuthenticationRequired(requestUri);
        }
        if (!xml) {
            throw nonXmlAnswer(status, contentType, body, requestId);
        }
        Element root = parse(body, requestId);
        if (status >= 200 && status < 300) {
            if (!ServiceManagementXml.inServiceManagementNamespace(root)
                    || !expectedRoot.equals(ServiceManagementXml.localName(root))) {
                throw notServiceManagement(status, Messages.Answer_ForeignXml(), requestId);
            }
            return new Answer(root, requestId);
        }
        if ("Error".equals(ServiceManagementXml.localName(root)) && ServiceManagementXml.inServiceManagementNamespace(root)
                && ServiceManagementXml.childText(root, "Code") != null) {
            throw errors.azureError(status, ServiceManagementXml.childText(root, "Code"),
                    ServiceManagementXml.childText(root, "Message"), retryAfter(response), requestId);
        }
        throw errorWithoutAzureBody(status, Messages.Answer_ForeignXml(), retryAfter(response), requestId);
    }

    private Element parse(byte[] body, String requestId) throws TestFailure {
        try {
            Document document = ServiceManagementXml.parse(body);
            return document.getDocumentElement();
        } catch (ServiceManagementXmlException e) {
            String message = e.declaresDoctype()
                    ? Messages.Answer_DoctypeRefused(requestUri.getHost())
                    : Messages.Answer_Malformed(requestUri.getHost(), e.getMessage());
            throw new TestFailure(ConnectionResult.failed(FailureKind.MALFORMED_RESPONSE,
                    RequestIds.append(message, requestId), requestId));
        }
    }

    private TestFailure nonXmlAnswer(int status, String contentType, byte[] body, String requestId) {
        String what;
        if (body.length == 0) {
            what = Messages.Answer_Empty();
        } else if (contentType.contains("html") || startsLikeHtml(body)) {
            what = Messages.Answer_Html();
        } else if (contentType.contains("json")) {
            what = Messages.Answer_Json();
        } else {
            what = Messages.Answer_Other(contentType.isEmpty() ? "?" : Sanitizer.clean(contentType, 60));
        }
        return errorWithoutAzureBody(status, what, null, requestId);
    }

    private TestFailure errorWithoutAzureBody(int status, String what, @CheckForNull Long retryAfter,
            String requestId) {
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

    private static @CheckForNull Long retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").trim();
        if (!value.matches("\\d{1,6}")) {
            return null;
        }
        return Long.parseLong(value);
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
