package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Entra ID and Resource Manager error answers the simulator does not send, and hostile ones. */
class ErrorInterpretationTest {

    private static final URI TOKEN_URL = URI.create("https://login.example.test/t/oauth2/v2.0/token");
    private static final URI ARM_URL = URI.create("https://arm.example.test/subscriptions/s?api-version=2022-12-01");
    private static final EntraErrors.Context CONTEXT =
            new EntraErrors.Context("contoso.onmicrosoft.com", "0c3a6d4e-1f2b-4c5d-8e9f-a0b1c2d3e4f5", "AB12");

    @Test
    void mapsInvalidClientSecretToAnUnregisteredCertificate() {
        ConnectionResult result = entra(
                401,
                "{\"error\":\"invalid_client\",\"error_codes\":[7000215],"
                        + "\"correlation_id\":\"c0ffee00-0000-4000-8000-000000000001\"}");

        assertEquals(FailureKind.CERTIFICATE_NOT_REGISTERED, result.failureKind());
        assertTrue(result.message().contains("AB12"), result.message());
        assertEquals("c0ffee00-0000-4000-8000-000000000001", result.requestId());
    }

    @Test
    void findsTheAadstsCodeInTheDescriptionWhenErrorCodesAreMissing() {
        ConnectionResult result = entra(
                400,
                "{\"error\":\"invalid_request\",\"error_description\":"
                        + "\"AADSTS90002: Tenant 'x' not found.\",\"trace_id\":\"trace-1\"}");

        assertEquals(FailureKind.TENANT_NOT_FOUND, result.failureKind());
        assertEquals("trace-1", result.requestId());
    }

    @Test
    void treatsOtherAssertionCodesAsAnInvalidAssertion() {
        assertEquals(
                FailureKind.INVALID_CLIENT_ASSERTION,
                entra(401, "{\"error\":\"invalid_client\",\"error_codes\":[700021]}")
                        .failureKind());
        assertEquals(
                FailureKind.INVALID_CLIENT_ASSERTION,
                entra(400, "{\"error\":\"invalid_request\",\"error_codes\":[50027]}")
                        .failureKind());
    }

    @Test
    void reportsAnUnrelatedEntraCodeAsABadRequestNamingTheCode() {
        ConnectionResult result = entra(400, "{\"error\":\"invalid_scope\",\"error_codes\":[70011]}");

        assertEquals(FailureKind.BAD_REQUEST, result.failureKind());
        assertTrue(result.message().contains("AADSTS70011"), result.message());
    }

    @Test
    void neverEchoesFreeTextOrOddIdsFromAHostileServer() {
        ConnectionResult result = entra(
                400,
                "{\"error\":\"<script>alert(1)</script>\",\"correlation_id\":"
                        + "\"x\\ny <b>\",\"error_description\":\"Please call +1-555 and give your password\"}");

        assertEquals(FailureKind.BAD_REQUEST, result.failureKind());
        assertFalse(result.message().contains("script"), result.message());
        assertFalse(result.message().contains("password"), result.message());
        assertNull(result.requestId());
    }

    @Test
    void reportsAGatewayErrorPageAsAServerError() {
        ConnectionResult result = entra(502, "<html>Bad gateway</html>");

        assertEquals(FailureKind.SERVER_ERROR, result.failureKind());
        assertTrue(result.message().contains("502"), result.message());
    }

    @Test
    void reportsServiceUnavailableWithoutRetryAfterAsThrottled() {
        ConnectionResult result = arm(503, "{\"error\":{\"code\":\"ServerBusy\",\"message\":\"busy\"}}", Map.of());

        assertEquals(FailureKind.THROTTLED, result.failureKind());
        assertTrue(result.message().contains("a few minutes"), result.message());
    }

    @Test
    void ignoresARetryAfterThatIsNotANumberOfSeconds() {
        ConnectionResult result = arm(429, "{}", Map.of("Retry-After", List.of("Wed, 21 Oct 2015 07:28:00 GMT")));

        assertEquals(FailureKind.THROTTLED, result.failureKind());
        assertFalse(result.message().contains("2015"), result.message());
    }

    @Test
    void reportsAnArmNotFoundWithoutArmJsonAsMalformed() {
        ConnectionResult result = arm(404, "<html>Not Found</html>", Map.of());

        assertEquals(FailureKind.MALFORMED_RESPONSE, result.failureKind());
        assertTrue(result.message().contains("Resource Manager"), result.message());
    }

    @Test
    void reportsAnUnexpectedArmErrorWithItsCode() {
        ConnectionResult result = arm(
                400,
                "{\"error\":{\"code\":\"InvalidApiVersionParameter\"}}",
                Map.of("x-ms-correlation-request-id", List.of("corr-1")));

        assertEquals(FailureKind.BAD_REQUEST, result.failureKind());
        assertTrue(result.message().contains("InvalidApiVersionParameter"), result.message());
        assertEquals("corr-1", result.requestId());
    }

    private static ConnectionResult entra(int status, String body) {
        return EntraErrors.interpret(new HttpAnswer(TOKEN_URL, status, headers(Map.of()), body), CONTEXT);
    }

    private static ConnectionResult arm(int status, String body, Map<String, List<String>> headers) {
        return ArmErrors.interpret(
                new HttpAnswer(ARM_URL, status, headers(headers), body),
                CONTEXT.clientId(),
                "2b8f9c1d-3e4a-4b5c-9d6e-7f8a9b0c1d2e");
    }

    private static HttpHeaders headers(Map<String, List<String>> values) {
        return HttpHeaders.of(values, (name, value) -> true);
    }
}
