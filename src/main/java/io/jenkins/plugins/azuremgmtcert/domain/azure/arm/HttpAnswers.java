package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Entra ID and Resource Manager answers have in common: throttling, server errors, a body
 * that is not JSON, and the rule that text from the server reaches a message only when it is a short, plain
 * identifier (an error code or a request ID), never free text a hostile server could fill.
 */
final class HttpAnswers {

    private static final Pattern SAFE_IDENTIFIER = Pattern.compile("[A-Za-z0-9_.:-]{1,80}");
    private static final Pattern RETRY_SECONDS = Pattern.compile("[0-9]{1,6}");

    private HttpAnswers() {}

    /** The failure for 429, 503 and other 5xx answers, which mean the same whichever API sent them. */
    static Optional<ConnectionResult> commonFailure(HttpAnswer answer, @CheckForNull String requestId) {
        int status = answer.status();
        if (status == 429 || status == 503) {
            String retryAfter = answer.header("Retry-After");
            String message = retryAfter != null
                            && RETRY_SECONDS.matcher(retryAfter.trim()).matches()
                    ? Messages.HttpAnswers_Throttled(status, retryAfter.trim())
                    : Messages.HttpAnswers_ThrottledNoDelay(status);
            return Optional.of(ConnectionResult.failed(FailureKind.THROTTLED, message, requestId));
        }
        if (status >= 500) {
            return Optional.of(ConnectionResult.failed(
                    FailureKind.SERVER_ERROR, Messages.HttpAnswers_ServerError(status), requestId));
        }
        return Optional.empty();
    }

    /** The answer is not the JSON the API sends. */
    static ConnectionResult malformed(HttpAnswer answer, String apiName) {
        String host = answer.uri().getHost()
                + (answer.uri().getPort() > 0 ? ":" + answer.uri().getPort() : "");
        return ConnectionResult.failed(
                FailureKind.MALFORMED_RESPONSE,
                Messages.HttpAnswers_MalformedResponse(host, apiName),
                safe(answer.requestId()));
    }

    /** The value if it is a short plain identifier, else null. */
    @CheckForNull
    static String safe(@CheckForNull String value) {
        return value != null && SAFE_IDENTIFIER.matcher(value).matches() ? value : null;
    }

    /** The value if it is a short plain identifier, else {@code fallback}. */
    static String safeOr(@CheckForNull String value, String fallback) {
        String safe = safe(value);
        return safe != null ? safe : fallback;
    }
}
