package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.CapturedLog;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Thumbprints;
import io.jenkins.plugins.azuremgmtcert.simulator.entra.EntraSimulator;
import io.jenkins.plugins.azuremgmtcert.simulator.entra.SimulatorFaults.Fault;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Resource Manager client against the loopback Entra ID / Resource Manager simulator. */
class ResourceManagerClientTest {

    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String TENANT_DOMAIN = "contoso.onmicrosoft.com";
    static final String CLIENT_ID = "0c3a6d4e-1f2b-4c5d-8e9f-a0b1c2d3e4f5";
    static final String OTHER_CLIENT_ID = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
    static final String SUBSCRIPTION = "2b8f9c1d-3e4a-4b5c-9d6e-7f8a9b0c1d2e";
    static final String FORBIDDEN_SUBSCRIPTION = "3c9a0d2e-4f5b-4c6d-8e7f-8a9b0c1d2e3f";
    static final String HOSTILE_SUBSCRIPTION = "4d0b1e3f-5a6c-4d7e-9f80-9b0c1d2e3f4a";

    private static TestSigningIdentity registered;
    private static TestSigningIdentity unregistered;
    private static EntraSimulator entra;

    @BeforeAll
    static void startSimulator() {
        registered = TestSigningIdentity.generate("Jenkins - registered");
        unregistered = TestSigningIdentity.generate("Jenkins - unregistered");
        entra = EntraSimulator.start()
                .addTenant(TENANT, TENANT_DOMAIN)
                .registerApplication(TENANT, CLIENT_ID)
                .uploadCertificate(TENANT, CLIENT_ID, registered.certificate())
                .registerApplication(TENANT, OTHER_CLIENT_ID)
                .addSubscription(SUBSCRIPTION, TENANT, "Example Subscription", "Enabled")
                .addSubscription(FORBIDDEN_SUBSCRIPTION, TENANT, "Someone else's", "Enabled")
                .addSubscription(
                        HOSTILE_SUBSCRIPTION, TENANT, "Prod\nConnected: \u202Eforged" + "x".repeat(500), "Enabled\r\n")
                .grantReader(SUBSCRIPTION, CLIENT_ID)
                .grantReader(HOSTILE_SUBSCRIPTION, CLIENT_ID);
    }

    @AfterAll
    static void stopSimulator() {
        entra.close();
    }

    @AfterEach
    void clearFaults() {
        entra.injectFault(Fault.NONE);
    }

    @Test
    void connectsAndReportsTheSubscriptionNameAndState() {
        ConnectionResult result = test(TENANT, CLIENT_ID, SUBSCRIPTION, registered);

        assertTrue(result.isSuccess(), result::toString);
        assertEquals("Example Subscription", result.subscriptionName());
        assertEquals("Enabled", result.subscriptionStatus());
        assertEquals("Resource Manager", result.api());
        assertTrue(result.message().contains("Example Subscription"), result.message());
        assertTrue(result.hostedServices().isEmpty());
    }

    @Test
    void showsTheServersSubscriptionNameAndStateOnOneBoundedLine() {
        ConnectionResult result = test(TENANT, CLIENT_ID, HOSTILE_SUBSCRIPTION, registered);

        assertTrue(result.isSuccess(), result::toString);
        for (String text : List.of(result.message(), result.subscriptionName(), result.subscriptionStatus())) {
            assertTrue(text.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\u202E'), text);
        }
        assertTrue(result.subscriptionName().startsWith("Prod Connected:"), result::subscriptionName);
        assertTrue(result.subscriptionName().length() <= 201, result::subscriptionName);
        assertEquals("Enabled", result.subscriptionStatus());
    }

    @Test
    void acceptsTheTenantsDomainNameInsteadOfItsId() {
        ConnectionResult result = test(TENANT_DOMAIN, CLIENT_ID, SUBSCRIPTION, registered);

        assertTrue(result.isSuccess(), result::toString);
    }

    @Test
    void neverLogsOrReportsTheAssertionOrTheBearerToken() {
        try (CapturedLog log = CapturedLog.ofPackage(ResourceManagerClient.class, Level.ALL)) {
            List<ConnectionResult> results = List.of(
                    test(TENANT, CLIENT_ID, SUBSCRIPTION, registered),
                    test(TENANT, CLIENT_ID, SUBSCRIPTION, unregistered),
                    test(TENANT, CLIENT_ID, FORBIDDEN_SUBSCRIPTION, registered));
            for (ConnectionResult result : results) {
                assertFalse(result.toString().contains("eyJ"), result::toString);
                assertFalse(result.message().contains("Bearer"), result::message);
            }
            for (LogRecord record : log.records()) {
                String logged = record.getMessage()
                        + List.of(record.getParameters() == null ? new Object[0] : record.getParameters());
                assertFalse(logged.contains("eyJ"), logged);
            }
        }
    }

    @Test
    void reportsAnUnknownTenantWithItsAadstsCodeAndCorrelationId() {
        String unknownTenant = "fabrikam.onmicrosoft.com";

        ConnectionResult result = test(unknownTenant, CLIENT_ID, SUBSCRIPTION, registered);

        assertFailure(result, FailureKind.TENANT_NOT_FOUND, "AADSTS90002", unknownTenant, "Directory (tenant) ID");
        assertNotNull(result.requestId());
    }

    @Test
    void reportsAnApplicationUnknownInTheTenant() {
        String unknownClient = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";

        ConnectionResult result = test(TENANT, unknownClient, SUBSCRIPTION, registered);

        assertFailure(
                result, FailureKind.APPLICATION_NOT_FOUND, "AADSTS700016", unknownClient, "Application (client) ID");
        assertNotNull(result.requestId());
    }

    @Test
    void tellsWhichCertificateToUploadWhenItIsNotRegistered() {
        ConnectionResult result = test(TENANT, CLIENT_ID, SUBSCRIPTION, unregistered);

        assertFailure(
                result,
                FailureKind.CERTIFICATE_NOT_REGISTERED,
                "AADSTS700027",
                Thumbprints.sha1(unregistered.certificate()),
                "Certificates & secrets");
    }

    @Test
    void reportsAnApplicationWithoutAnyCertificateAsNotRegistered() {
        ConnectionResult result = test(TENANT, OTHER_CLIENT_ID, SUBSCRIPTION, registered);

        assertFailure(
                result,
                FailureKind.CERTIFICATE_NOT_REGISTERED,
                "AADSTS700027",
                Thumbprints.sha1(registered.certificate()),
                OTHER_CLIENT_ID);
    }

    @ParameterizedTest
    @CsvSource({"-PT1H", "PT1H", "-PT8M"})
    void pointsToTheClockWhenTheAssertionIsOutsideItsValidTime(Duration offset) {
        ResourceManagerClient client = new ResourceManagerClient(trusting(), Clock.offset(Clock.systemUTC(), offset));

        ConnectionResult result =
                client.testConnection(endpoints(), TENANT, CLIENT_ID, SUBSCRIPTION, registered.managementCertificate());

        assertFailure(result, FailureKind.INVALID_CLIENT_ASSERTION, "AADSTS700024", "clock");
    }

    @Test
    void asksForTheReaderRoleWhenTheApplicationHasNoAccess() {
        ConnectionResult result = test(TENANT, CLIENT_ID, FORBIDDEN_SUBSCRIPTION, registered);

        assertFailure(
                result,
                FailureKind.NO_ACCESS_TO_SUBSCRIPTION,
                "Reader role",
                FORBIDDEN_SUBSCRIPTION,
                "AuthorizationFailed");
        assertNotNull(result.requestId());
    }

    @Test
    void reportsAnUnknownSubscription() {
        String unknown = "00000000-1111-4222-8333-444444444444";

        ConnectionResult result = test(TENANT, CLIENT_ID, unknown, registered);

        assertFailure(result, FailureKind.SUBSCRIPTION_NOT_FOUND, unknown, "SubscriptionNotFound");
        assertNotNull(result.requestId());
    }

    static Stream<Arguments> malformedIdentifiers() {
        return Stream.of(
                Arguments.of("not a tenant", CLIENT_ID, SUBSCRIPTION, FailureKind.TENANT_NOT_FOUND),
                Arguments.of("contoso/../evil", CLIENT_ID, SUBSCRIPTION, FailureKind.TENANT_NOT_FOUND),
                Arguments.of("", CLIENT_ID, SUBSCRIPTION, FailureKind.TENANT_NOT_FOUND),
                Arguments.of(TENANT, "my-app", SUBSCRIPTION, FailureKind.APPLICATION_NOT_FOUND),
                Arguments.of(TENANT, "{" + CLIENT_ID + "}", SUBSCRIPTION, FailureKind.APPLICATION_NOT_FOUND),
                Arguments.of(TENANT, CLIENT_ID, SUBSCRIPTION.replace("-", ""), FailureKind.SUBSCRIPTION_ID_MALFORMED),
                Arguments.of(TENANT, CLIENT_ID, SUBSCRIPTION + "x", FailureKind.SUBSCRIPTION_ID_MALFORMED),
                Arguments.of(TENANT, CLIENT_ID, null, FailureKind.SUBSCRIPTION_ID_MALFORMED));
    }

    @ParameterizedTest
    @MethodSource("malformedIdentifiers")
    void rejectsMalformedIdentifiersBeforeAnyRequest(
            String tenant, String clientId, String subscription, FailureKind kind) {
        int requestsBefore = entra.requestCount();

        ConnectionResult result = test(tenant, clientId, subscription, registered);

        assertEquals(kind, result.failureKind(), result::toString);
        assertTrue(result.message().contains("GUID") || result.message().contains("domain"), result::message);
        assertEquals(requestsBefore, entra.requestCount(), "no request may reach the server");
    }

    @Test
    void withDefaultTrustTheSimulatorsCertificateIsNotTrusted() {
        ResourceManagerClient client = new ResourceManagerClient(ConnectionSettings.defaults());
        int requestsBefore = entra.requestCount();

        ConnectionResult result =
                client.testConnection(endpoints(), TENANT, CLIENT_ID, SUBSCRIPTION, registered.managementCertificate());

        assertFailure(result, FailureKind.SERVER_CERTIFICATE_UNTRUSTED, "javax.net.ssl.trustStore", "127.0.0.1");
        assertEquals(requestsBefore, entra.requestCount(), "the handshake must fail before any request");
    }

    @Test
    void refusesAResponseBodyLargerThanOneMebibyte() {
        entra.injectFault(Fault.OVERSIZED_BODY);

        ConnectionResult result = test(TENANT, CLIENT_ID, SUBSCRIPTION, registered);

        assertFailure(result, FailureKind.RESPONSE_TOO_LARGE, "is larger than", "KiB");
    }

    @Test
    void reportsAnHtmlPageInsteadOfJsonAsMalformed() {
        entra.injectFault(Fault.HTML_PAGE);

        ConnectionResult result = test(TENANT, CLIENT_ID, SUBSCRIPTION, registered);

        assertFailure(result, FailureKind.MALFORMED_RESPONSE, "Microsoft Entra ID", "proxy");
    }

    @Test
    void reportsThrottlingWithTheRetryDelay() {
        entra.injectFault(Fault.THROTTLED);

        ConnectionResult result = test(TENANT, CLIENT_ID, SUBSCRIPTION, registered);

        assertFailure(result, FailureKind.THROTTLED, "429", "7 seconds");
    }

    @Test
    void reportsServerErrors() {
        entra.injectFault(Fault.SERVER_ERROR);

        ConnectionResult result = test(TENANT, CLIENT_ID, SUBSCRIPTION, registered);

        assertFailure(result, FailureKind.SERVER_ERROR, "HTTP 500");
        assertNotNull(result.requestId());
    }

    @Test
    void reportsADroppedConnectionAsANetworkError() {
        entra.injectFault(Fault.DROP_CONNECTION);

        ConnectionResult result = test(TENANT, CLIENT_ID, SUBSCRIPTION, registered);

        assertFailure(result, FailureKind.NETWORK_ERROR, "127.0.0.1");
    }

    static ConnectionResult test(String tenant, String clientId, String subscription, TestSigningIdentity identity) {
        return new ResourceManagerClient(trusting())
                .testConnection(endpoints(), tenant, clientId, subscription, identity.managementCertificate());
    }

    static ConnectionSettings trusting() {
        return ConnectionSettings.defaults()
                .withTrustStore(entra.trustStore())
                .withConnectTimeout(Duration.ofSeconds(5))
                .withRequestTimeout(Duration.ofSeconds(10));
    }

    static ResourceManagerEndpoints endpoints() {
        return ResourceManagerEndpoints.of(
                entra.authorityUrl().toString(), entra.resourceManagerUrl().toString());
    }

    static void assertFailure(ConnectionResult result, FailureKind kind, String... messageParts) {
        assertFalse(result.isSuccess(), result::toString);
        assertEquals(kind, result.failureKind(), result::toString);
        for (String part : messageParts) {
            assertTrue(result.message().contains(part), () -> "'" + part + "' missing in: " + result.message());
        }
        assertNull(result.subscriptionName());
    }
}
