package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ServerText;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.TransportFailureClassifier;
import java.net.URI;

/**
 * Maps Service Management errors (wire facts §4) to failures whose messages say what to do, with the certificate's
 * thumbprint, the subscription and the request ID where they help.
 */
final class ErrorMapper {

    private static final int MAX_SERVER_TEXT = 200;

    private final String subscriptionId;
    private final String thumbprint;
    private final TransportFailureClassifier transport;

    ErrorMapper(String subscriptionId, String thumbprint, TransportFailureClassifier transport) {
        this.subscriptionId = subscriptionId;
        this.thumbprint = thumbprint;
        this.transport = transport;
    }

    /** An {@code <Error><Code>…</Code><Message>…</Message></Error>} answer. */
    TestFailure azureError(
            int status,
            String code,
            @CheckForNull String message,
            @CheckForNull Long retryAfter,
            @CheckForNull String requestId) {
        switch (code) {
            case "ForbiddenError":
            case "AuthenticationFailed":
                return failure(
                        FailureKind.CERTIFICATE_NOT_ASSOCIATED,
                        Messages.Error_CertificateNotAssociated(subscriptionId, thumbprint, code),
                        requestId);
            case "SubscriptionDisabled":
                return failure(
                        FailureKind.SUBSCRIPTION_DISABLED,
                        Messages.Error_SubscriptionDisabled(subscriptionId),
                        requestId);
            case "ResourceNotFound":
                return failure(
                        FailureKind.SUBSCRIPTION_NOT_FOUND,
                        Messages.Error_SubscriptionNotFound(subscriptionId),
                        requestId);
            case "TooManyRequests":
            case "ServerBusy":
                return throttled(status, code, retryAfter, requestId);
            case "MissingOrIncorrectVersionHeader":
                return failure(
                        FailureKind.BAD_REQUEST,
                        Messages.Error_VersionRejected(ServiceManagementClient.API_VERSION),
                        requestId);
            default:
                break;
        }
        if (status == 429 || status == 503) {
            return throttled(status, code, retryAfter, requestId);
        }
        if (status >= 500) {
            return serverError(status, code, requestId);
        }
        return failure(
                FailureKind.BAD_REQUEST,
                Messages.Error_BadRequest(
                        Integer.toString(status),
                        ServerText.clean(code, 80),
                        ServerText.clean(message, MAX_SERVER_TEXT)),
                requestId);
    }

    TestFailure throttled(
            int status, @CheckForNull String code, @CheckForNull Long retryAfter, @CheckForNull String requestId) {
        String what = code == null ? "HTTP " + status : "HTTP " + status + " " + ServerText.clean(code, 80);
        String message = retryAfter == null
                ? Messages.Error_Throttled(what)
                : Messages.Error_ThrottledRetryAfter(what, retryAfter);
        return failure(FailureKind.THROTTLED, message, requestId);
    }

    TestFailure serverError(int status, @CheckForNull String code, @CheckForNull String requestId) {
        String what = code == null ? "HTTP " + status : "HTTP " + status + " " + ServerText.clean(code, 80);
        return failure(FailureKind.SERVER_ERROR, Messages.Error_ServerError(what), requestId);
    }

    TestFailure notServiceManagement(URI requestUri, int status, String what, @CheckForNull String requestId) {
        return failure(
                FailureKind.NOT_SERVICE_MANAGEMENT,
                Messages.Error_NotServiceManagement(requestUri.getHost(), Integer.toString(status), what, thumbprint),
                requestId);
    }

    TestFailure missingElement(URI requestUri, String element, @CheckForNull String requestId) {
        return failure(
                FailureKind.MALFORMED_RESPONSE,
                Messages.Answer_MissingElement(requestUri.getHost(), element),
                requestId);
    }

    TestFailure proxyAuthenticationRequired(URI requestUri) {
        return new TestFailure(transport.proxyAuthenticationRequired(requestUri));
    }

    private static TestFailure failure(FailureKind kind, String message, @CheckForNull String requestId) {
        return new TestFailure(ConnectionResult.failed(kind, RequestIds.append(message, requestId), requestId));
    }
}
