package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;

/**
 * Interprets a Resource Manager answer to {@code GET /subscriptions/{id}} that is not 200: 401 (token refused),
 * 403 (no role on the subscription), 404 SubscriptionNotFound, throttling and server errors
 * ({@code {"error":{"code":…,"message":…}}}).
 */
final class ArmErrors {

    private ArmErrors() {}

    static ConnectionResult interpret(HttpAnswer answer, String clientId, String subscriptionId) {
        String requestId = HttpAnswers.safe(answer.requestId());
        String code = errorCode(answer);
        int status = answer.status();
        if (status == 401) {
            return ConnectionResult.failed(
                    FailureKind.AUTHENTICATION_FAILED,
                    Messages.ArmErrors_AuthenticationFailed(
                            HttpAnswers.safeOr(code, Messages.HttpAnswers_NoErrorCode())),
                    requestId);
        }
        if (status == 403) {
            return ConnectionResult.failed(
                    FailureKind.NO_ACCESS_TO_SUBSCRIPTION,
                    Messages.ArmErrors_NoAccessToSubscription(
                            clientId, subscriptionId, HttpAnswers.safeOr(code, Messages.HttpAnswers_HttpStatus(403))),
                    requestId);
        }
        if (status == 404 && "SubscriptionNotFound".equals(code)) {
            return ConnectionResult.failed(
                    FailureKind.SUBSCRIPTION_NOT_FOUND,
                    Messages.ArmErrors_SubscriptionNotFound(subscriptionId, code),
                    requestId);
        }
        return HttpAnswers.commonFailure(answer, requestId)
                .orElseGet(() -> code == null
                        ? HttpAnswers.malformed(answer, Messages.ResourceManagerClient_Api())
                        : ConnectionResult.failed(
                                FailureKind.BAD_REQUEST,
                                Messages.ArmErrors_UnexpectedStatus(status, HttpAnswers.safeOr(code, "?")),
                                requestId));
    }

    /** {@code error.code} of Resource Manager's error body, or null when the body is not that JSON. */
    @CheckForNull
    private static String errorCode(HttpAnswer answer) {
        try {
            JsonObject error = JsonReader.readObject(answer.body()).object("error");
            return error == null ? null : error.string("code");
        } catch (MalformedJsonException e) {
            return null;
        }
    }
}
