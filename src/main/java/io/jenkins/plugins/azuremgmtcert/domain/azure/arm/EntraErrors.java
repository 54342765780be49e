package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interprets an error answer of the Entra ID token endpoint ({@code {"error":…,"error_codes":[…],"trace_id":…,
 * "correlation_id":…}}) by its AADSTS code: unknown tenant, unknown application, certificate not registered,
 * assertion outside its time range, any other invalid assertion.
 */
final class EntraErrors {

    private static final Pattern AADSTS_CODE = Pattern.compile("AADSTS(\\d{1,9})");

    private EntraErrors() {}

    /** Everything the user needs to know to fix a refused token request. */
    record Context(String tenant, String clientId, String thumbprintSha1) {}

    static ConnectionResult interpret(HttpAnswer answer, Context context) {
        JsonObject error;
        try {
            error = JsonReader.readObject(answer.body());
        } catch (MalformedJsonException e) {
            return HttpAnswers.commonFailure(answer, HttpAnswers.safe(answer.header("x-ms-request-id")))
                    .orElseGet(() -> HttpAnswers.malformed(answer, "Microsoft Entra ID"));
        }
        String requestId = requestId(error, answer);
        Optional<Integer> code = aadstsCode(error);
        if (code.isEmpty()) {
            return HttpAnswers.commonFailure(answer, requestId)
                    .orElseGet(() -> ConnectionResult.failed(
                            FailureKind.BAD_REQUEST,
                            Messages.EntraErrors_RequestRejected(
                                    answer.status(),
                                    HttpAnswers.safeOr(error.string("error"), Messages.HttpAnswers_NoErrorCode())),
                            requestId));
        }
        int aadsts = code.get();
        switch (aadsts) {
            case 90002, 900023, 90013 -> {
                return ConnectionResult.failed(
                        FailureKind.TENANT_NOT_FOUND,
                        Messages.EntraErrors_TenantNotFound(context.tenant(), String.valueOf(aadsts)),
                        requestId);
            }
            case 700016 -> {
                return ConnectionResult.failed(
                        FailureKind.APPLICATION_NOT_FOUND,
                        Messages.EntraErrors_ApplicationNotFound(
                                context.tenant(), context.clientId(), String.valueOf(aadsts)),
                        requestId);
            }
            case 700027, 7000215 -> {
                return ConnectionResult.failed(
                        FailureKind.CERTIFICATE_NOT_REGISTERED,
                        Messages.EntraErrors_CertificateNotRegistered(
                                context.clientId(), String.valueOf(aadsts), context.thumbprintSha1()),
                        requestId);
            }
            case 700024 -> {
                return ConnectionResult.failed(
                        FailureKind.INVALID_CLIENT_ASSERTION,
                        Messages.EntraErrors_AssertionNotInTimeRange(String.valueOf(aadsts)),
                        requestId);
            }
            default -> {
                if (aadsts == 50027 || isAssertionCode(aadsts)) {
                    return ConnectionResult.failed(
                            FailureKind.INVALID_CLIENT_ASSERTION,
                            Messages.EntraErrors_InvalidClientAssertion(
                                    String.valueOf(aadsts), context.thumbprintSha1()),
                            requestId);
                }
                return HttpAnswers.commonFailure(answer, requestId)
                        .orElseGet(() -> ConnectionResult.failed(
                                FailureKind.BAD_REQUEST,
                                Messages.EntraErrors_RequestRejected(answer.status(), "AADSTS" + aadsts),
                                requestId));
            }
        }
    }

    /** AADSTS7000xx and AADSTS7000xxx are the client-authentication (assertion) family. */
    private static boolean isAssertionCode(int code) {
        return (code >= 700000 && code <= 700999) || (code >= 7000000 && code <= 7000999);
    }

    private static Optional<Integer> aadstsCode(JsonObject error) {
        List<Object> codes = error.array("error_codes");
        if (codes != null && !codes.isEmpty() && codes.get(0) instanceof BigDecimal first) {
            try {
                return Optional.of(first.intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        }
        String description = error.string("error_description");
        if (description != null) {
            Matcher matcher = AADSTS_CODE.matcher(description);
            if (matcher.find()) {
                return Optional.of(Integer.parseInt(matcher.group(1)));
            }
        }
        return Optional.empty();
    }

    @CheckForNull
    private static String requestId(JsonObject error, HttpAnswer answer) {
        String correlation = HttpAnswers.safe(error.string("correlation_id"));
        if (correlation != null) {
            return correlation;
        }
        String trace = HttpAnswers.safe(error.string("trace_id"));
        return trace != null ? trace : HttpAnswers.safe(answer.header("x-ms-request-id"));
    }
}
