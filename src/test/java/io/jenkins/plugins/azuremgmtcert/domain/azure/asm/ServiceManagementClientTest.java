package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.azure.HostedService;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.Fault;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.Operation;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.RecordedRequest;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Service Management client against the loopback simulator: answers, Azure errors and hostile answers. */
class ServiceManagementClientTest {

    static final String ACTIVE = "11111111-2222-3333-4444-555555555555";
    static final String EMPTY = "22222222-3333-4444-5555-666666666666";
    static final String DISABLED = "33333333-4444-5555-6666-777777777777";
    static final String NOT_UPLOADED = "44444444-5555-6666-7777-888888888888";
    static final String UNKNOWN = "55555555-6666-7777-8888-999999999999";

    private static ManagementCertificate certificate;
    private static ServiceManagementSimulator azure;
    private static ServiceManagementClient client;

    @BeforeAll
    static void startSimulator() {
        certificate = CertificateGenerator.forName("asm client test").generate();
        azure = ServiceManagementSimulator.builder().build();
        azure.addSubscription(ACTIVE, "Pay-As-You-Go", "Active");
        azure.uploadCertificate(ACTIVE, certificate.certificate());
        azure.addHostedService(ACTIVE, "myservice", "West US", "Created");
        azure.addHostedService(ACTIVE, "grouped", null, "Creating");
        azure.addSubscription(EMPTY, "Empty <&> one", "Active");
        azure.uploadCertificate(EMPTY, certificate.certificate());
        azure.addSubscription(DISABLED, "Old", "Disabled");
        azure.uploadCertificate(DISABLED, certificate.certificate());
        azure.addSubscription(NOT_UPLOADED, "Someone else's", "Active");
        client = new ServiceManagementClient(ConnectionSettings.defaults()
                .withTrustStore(azure.trustStore())
                .withConnectTimeout(Duration.ofSeconds(5))
                .withRequestTimeout(Duration.ofSeconds(10)));
    }

    @AfterAll
    static void stopSimulator() {
        azure.close();
    }

    @AfterEach
    void dropUnusedFaults() {
        azure.clearFaults();
    }

    private static ConnectionResult test(String subscriptionId) {
        return client.testConnection(azure.url(), subscriptionId, certificate);
    }

    private static void assertFailure(FailureKind expected, ConnectionResult result) {
        assertFalse(result.isSuccess(), result::toString);
        assertEquals(expected, result.failureKind(), result::toString);
        assertNull(result.subscriptionName());
        assertTrue(result.hostedServices().isEmpty());
    }

    /**
     * Tests the active subscription (whose answer the test's fault replaces), asserts it failed with {@code expected}
     * and that the message contains every one of {@code messageParts}.
     */
    private static ConnectionResult assertActiveFails(FailureKind expected, String... messageParts) {
        ConnectionResult result = test(ACTIVE);
        assertFailure(expected, result);
        for (String part : messageParts) {
            assertTrue(result.message().contains(part), result::message);
        }
        return result;
    }

    @Test
    void listsTheHostedServicesOfTheSubscription() {
        ConnectionResult result = test(ACTIVE);

        assertTrue(result.isSuccess(), result::toString);
        assertNull(result.failureKind());
        assertEquals("Pay-As-You-Go", result.subscriptionName());
        assertEquals("Active", result.subscriptionStatus());
        assertEquals(
                List.of(
                        new HostedService("myservice", "West US", "Created"),
                        new HostedService("grouped", null, "Creating")),
                result.hostedServices());
        assertEquals(
                "Connected to subscription 'Pay-As-You-Go' (Active) through Service Management: " + "2 hosted services",
                result.message());
    }

    @Test
    void sendsTheVersionHeaderAndPresentsTheManagementCertificate() {
        int before = azure.requests().size();
        test(ACTIVE);
        List<RecordedRequest> requests =
                azure.requests().subList(before, azure.requests().size());

        assertEquals(2, requests.size());
        assertEquals("/" + ACTIVE, requests.get(0).path());
        assertEquals("/" + ACTIVE + "/services/hostedservices", requests.get(1).path());
        for (RecordedRequest request : requests) {
            assertEquals("GET", request.method());
            assertEquals("2014-10-01", request.version());
            assertEquals(certificate.thumbprintSha1(), request.clientThumbprint());
        }
    }

    @Test
    void acceptsUpperCaseSubscriptionIdsAndTrailingSlashes() {
        ConnectionResult result =
                client.testConnection(URI.create(azure.url() + "/"), " " + ACTIVE.toUpperCase() + " ", certificate);

        assertTrue(result.isSuccess(), result::toString);
    }

    @Test
    void reportsAnEmptySubscriptionWithItsEscapedName() {
        ConnectionResult result = test(EMPTY);

        assertTrue(result.isSuccess(), result::toString);
        assertEquals("Empty <&> one", result.subscriptionName());
        assertEquals(List.of(), result.hostedServices());
        assertTrue(result.message().endsWith("no hosted services"), result::message);
    }

    @Test
    void rejectsAMalformedSubscriptionIdBeforeAnyRequest() {
        int before = azure.requests().size();

        ConnectionResult result = test("not-a-guid");

        assertFailure(FailureKind.SUBSCRIPTION_ID_MALFORMED, result);
        assertTrue(result.message().contains("'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'"), result::message);
        assertEquals(before, azure.requests().size());
    }

    @Test
    void refusesAPlainHttpUrlBeforeAnyRequest() {
        int before = azure.requests().size();

        ConnectionResult result =
                client.testConnection(URI.create("http://127.0.0.1:" + azure.port()), ACTIVE, certificate);

        assertFailure(FailureKind.BAD_REQUEST, result);
        assertTrue(result.message().contains("https"), result::message);
        assertEquals(before, azure.requests().size());
    }

    @Test
    void explainsHowToUploadACertificateThatIsNotAssociated() {
        ConnectionResult result = test(NOT_UPLOADED);

        assertFailure(FailureKind.CERTIFICATE_NOT_ASSOCIATED, result);
        assertTrue(result.message().contains(certificate.thumbprintSha1()), result::message);
        assertTrue(result.message().contains("Management certificates"), result::message);
        assertTrue(result.message().contains(NOT_UPLOADED), result::message);
        assertNotNull(result.requestId());
        assertTrue(result.requestId().matches("[0-9a-f]{32}"), result::requestId);
        assertTrue(result.message().contains(result.requestId()), result::message);
    }

    @Test
    void treatsAnUnknownSubscriptionLikeAzureDidWithForbidden() {
        assertFailure(FailureKind.CERTIFICATE_NOT_ASSOCIATED, test(UNKNOWN));
    }

    @Test
    void mapsTheDocumentedAuthenticationFailedCodeLikeForbiddenError() {
        azure.injectFault(Fault.error(403, "AuthenticationFailed", "The server failed to authenticate the request."));

        assertActiveFails(FailureKind.CERTIFICATE_NOT_ASSOCIATED);
    }

    @Test
    void reportsADisabledSubscription() {
        ConnectionResult result = test(DISABLED);

        assertFailure(FailureKind.SUBSCRIPTION_DISABLED, result);
        assertTrue(result.message().contains(DISABLED), result::message);
    }

    @Test
    void reportsASubscriptionServiceManagementDoesNotKnow() {
        azure.injectFault(Fault.error(404, "ResourceNotFound", "The specified resource does not exist."));

        assertActiveFails(FailureKind.SUBSCRIPTION_NOT_FOUND, "Check the subscription ID");
    }

    @Test
    void reportsThrottlingWithTheRetryAfterSeconds() {
        azure.injectFault(Fault.tooManyRequests(17));

        assertActiveFails(FailureKind.THROTTLED, "Retry in 17 seconds", "TooManyRequests");
    }

    @Test
    void readsRetryAfterGivenAsAnHttpDate() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(125));
        azure.injectFault(Fault.serverBusy(null).withHeader("Retry-After", inTwoMinutes));

        ConnectionResult result = test(ACTIVE);

        assertFailure(FailureKind.THROTTLED, result);
        assertTrue(result.message().matches(".*Retry in 12[2-5] seconds.*"), result::message);
    }

    @Test
    void ignoresAnUnreadableRetryAfter() {
        azure.injectFault(Fault.tooManyRequests(null).withHeader("Retry-After", "soon"));

        assertActiveFails(FailureKind.THROTTLED, "Wait a few minutes");
    }

    @Test
    void reportsABusyServerAsThrottledWhenTheSecondCallFails() {
        azure.injectFault(Operation.LIST_HOSTED_SERVICES, Fault.serverBusy(null));

        assertActiveFails(FailureKind.THROTTLED, "ServerBusy", "Wait a few minutes");
    }

    @Test
    void reportsAnInternalErrorAsAServerError() {
        azure.injectFault(Fault.internalError());

        ConnectionResult result = assertActiveFails(FailureKind.SERVER_ERROR, "HTTP 500 InternalError");
        assertNotNull(result.requestId());
    }

    @Test
    void reportsARejectedVersionHeaderAsABadRequest() {
        azure.injectFault(Fault.error(
                400,
                "MissingOrIncorrectVersionHeader",
                "The versioning header is not specified or was specified incorrectly."));

        assertActiveFails(FailureKind.BAD_REQUEST, "x-ms-version: 2014-10-01");
    }

    @Test
    void reportsOtherAzureErrorsWithTheirCodeAndCleanedMessage() {
        azure.injectFault(Fault.error(400, "BadRequest", "A parameter\nwas incorrect."));

        assertActiveFails(FailureKind.BAD_REQUEST, "HTTP 400 BadRequest: A parameter was incorrect.");
    }

    @Test
    void explainsTheRetirementWhenAnHtml404Answers() {
        azure.injectFault(Fault.retiredHtml404());

        assertActiveFails(
                FailureKind.NOT_SERVICE_MANAGEMENT,
                "HTTP 404 and an HTML page",
                "31 August 2024",
                "Resource Manager",
                "tenant ID",
                certificate.thumbprintSha1());
    }

    @Test
    void explainsTheRetirementWhenAResourceManagerStyleJsonErrorAnswers() {
        azure.injectFault(Fault.raw(
                401,
                "application/json; charset=utf-8",
                "{\"error\":{\"code\":\"AuthenticationFailed\","
                        + "\"message\":\"The 'Authorization' header is missing.\"}}"));

        assertActiveFails(FailureKind.NOT_SERVICE_MANAGEMENT, "HTTP 401 and JSON");
    }

    @Test
    void neverHandsTheProxyCredentialsToAServerThatAsksForBasicAuthentication() {
        AtomicInteger asked = new AtomicInteger();
        Authenticator proxyCredentials = new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                asked.incrementAndGet();
                return new PasswordAuthentication("proxy-user", "proxy-secret".toCharArray());
            }
        };
        ServiceManagementClient withProxyCredentials = new ServiceManagementClient(
                ConnectionSettings.defaults().withTrustStore(azure.trustStore()).withProxy(null, proxyCredentials));
        azure.injectFault(Fault.raw(401, "text/html", "<html>sign in</html>")
                .withHeader("WWW-Authenticate", "Basic realm=\"azure\""));
        int before = azure.requests().size();

        ConnectionResult result = withProxyCredentials.testConnection(azure.url(), ACTIVE, certificate);

        assertFailure(FailureKind.NOT_SERVICE_MANAGEMENT, result);
        assertTrue(result.message().contains("HTTP 401 and a request for a user name and password"), result::message);
        assertEquals(0, asked.get(), "the proxy authenticator must not be asked for a server challenge");
        assertEquals(before + 1, azure.requests().size(), "no second request with credentials");
    }

    @Test
    void refusesXmlOutsideTheServiceManagementNamespace() {
        azure.injectFault(Fault.raw(
                200,
                "application/xml",
                "<Subscription xmlns=\"urn:other\"><SubscriptionName>x</SubscriptionName></Subscription>"));

        assertActiveFails(FailureKind.NOT_SERVICE_MANAGEMENT);
    }

    @Test
    void reportsThrottlingFromAGatewayPageWithRetryAfter() {
        azure.injectFault(Fault.raw(503, "text/html", "<html>busy</html>").withHeader("Retry-After", "60"));

        assertActiveFails(FailureKind.THROTTLED, "Retry in 60 seconds");
    }

    @Test
    void reportsAServerErrorWhoseBodyIsNotReadable() {
        azure.injectFault(Fault.raw(502, "application/xml", "<Error><Code>Bad"));

        assertActiveFails(FailureKind.SERVER_ERROR);
    }

    @Test
    void explainsTheRetirementForAnEmpty404EvenIfLabelledXml() {
        azure.injectFault(Fault.raw(404, "application/xml", ""));

        assertActiveFails(FailureKind.NOT_SERVICE_MANAGEMENT, "HTTP 404 and an empty body");
    }

    @Test
    void treatsXhtmlAsAWebPage() {
        azure.injectFault(Fault.raw(
                200,
                "application/xhtml+xml",
                "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>Sign in</body></html>"));

        assertActiveFails(FailureKind.NOT_SERVICE_MANAGEMENT, "HTTP 200 and an HTML page");
    }

    @Test
    void refusesAnEmptySuccessfulAnswer() {
        azure.injectFault(Fault.raw(200, "text/plain", ""));

        assertActiveFails(FailureKind.NOT_SERVICE_MANAGEMENT, "an empty body");
    }

    @Test
    void readsAnswersWithoutNamespaceAndEitherRoleSizeSpelling() {
        azure.injectFault(
                Operation.GET_SUBSCRIPTION,
                Fault.raw(
                        200,
                        "application/xml",
                        "<?xml version=\"1.0\" encoding=\"utf-8\"?><Subscription><SubscriptionID>" + ACTIVE
                                + "</SubscriptionID><SubscriptionName>Documented</SubscriptionName>"
                                + "<SubscriptionStatus>Warned</SubscriptionStatus></Subscription>"));
        String roleSizesAsDocumented = "<HostedService><ServiceName>a</ServiceName><HostedServiceProperties>"
                + "<Location>North Europe</Location></HostedServiceProperties><ComputeCapabilities>"
                + "<VirtualMachineRoleSizes><RoleSize>Small</RoleSize></VirtualMachineRoleSizes>"
                + "</ComputeCapabilities></HostedService>";
        String roleSizesAsServed = "<HostedService><ServiceName>b</ServiceName><ComputeCapabilities>"
                + "<VirtualMachinesRoleSizes><RoleSize>Small</RoleSize></VirtualMachinesRoleSizes>"
                + "</ComputeCapabilities></HostedService>";
        azure.injectFault(
                Operation.LIST_HOSTED_SERVICES,
                Fault.raw(
                        200,
                        "application/xml; charset=utf-8",
                        "<HostedServices xmlns=\"http://schemas.microsoft.com/windowsazure\">" + roleSizesAsDocumented
                                + roleSizesAsServed + "</HostedServices>"));

        ConnectionResult result = test(ACTIVE);

        assertTrue(result.isSuccess(), result::toString);
        assertEquals("Documented", result.subscriptionName());
        assertEquals("Warned", result.subscriptionStatus());
        assertEquals(
                List.of(new HostedService("a", "North Europe", null), new HostedService("b", null, null)),
                result.hostedServices());
    }

    @Test
    void reportsMalformedXml() {
        azure.injectFault(Fault.malformedXml());

        assertActiveFails(FailureKind.MALFORMED_RESPONSE, "not well-formed XML");
    }

    @Test
    void refusesADoctypeWithoutExpandingTheExternalEntity(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "XXE-MARKER-7f3a9c");
        azure.injectFault(Fault.xxe(secret.toUri()));

        ConnectionResult result = test(ACTIVE);

        assertFailure(FailureKind.MALFORMED_RESPONSE, result);
        assertTrue(result.message().contains("DOCTYPE"), result::message);
        assertFalse(result.message().contains("XXE-MARKER"), result::message);
        assertFalse(result.toString().contains("XXE-MARKER"), result::toString);
    }

    @Test
    void refusesAStreamedBodyOverOneMebibyte() {
        azure.injectFault(Fault.oversizedBody(3L * 1024 * 1024));

        assertActiveFails(FailureKind.RESPONSE_TOO_LARGE, "1024 KiB");
    }

    @Test
    void aListOverOneMebibyteIsNotReadButTheConnectionSucceeds() {
        String padding = " ".repeat(1024 * 1024);
        azure.injectFault(
                Operation.LIST_HOSTED_SERVICES,
                Fault.raw(
                        200,
                        "application/xml",
                        "<HostedServices xmlns=\"http://schemas.microsoft.com/windowsazure\">" + padding
                                + "</HostedServices>"));

        ConnectionResult result = test(ACTIVE);

        // the subscription was read with the certificate: authentication works, only the list is incomplete
        assertTrue(result.isSuccess(), result::toString);
        assertEquals("Pay-As-You-Go", result.subscriptionName());
        assertTrue(
                result.message()
                        .endsWith("the list of hosted services was longer than 1024 KiB and was not read to"
                                + " the end"),
                result::message);
    }

    @Test
    void aSubscriptionWithFiveThousandHostedServicesConnects() {
        String big = "66666666-7777-8888-9999-aaaaaaaaaaaa";
        ServiceManagementSimulator many = ServiceManagementSimulator.builder().build();
        try {
            many.addSubscription(big, "Many services", "Active");
            many.uploadCertificate(big, certificate.certificate());
            for (int i = 0; i < 5000; i++) {
                many.addHostedService(big, "service-with-a-long-descriptive-name-" + i, "West Europe", "Created");
            }
            ServiceManagementClient manyClient = new ServiceManagementClient(ConnectionSettings.defaults()
                    .withTrustStore(many.trustStore())
                    .withConnectTimeout(Duration.ofSeconds(5))
                    .withRequestTimeout(Duration.ofSeconds(20)));

            ConnectionResult result = manyClient.testConnection(many.url(), big, certificate);

            assertTrue(result.isSuccess(), result::toString);
            assertTrue(result.message().contains("was not read to the end"), result::message);
        } finally {
            many.close();
        }
    }

    @Test
    void acceptsABodyJustUnderTheLimit() {
        String open = "<HostedServices xmlns=\"http://schemas.microsoft.com/windowsazure\">";
        String close = "</HostedServices>";
        String padding = " ".repeat(1024 * 1024 - open.length() - close.length());
        azure.injectFault(Operation.LIST_HOSTED_SERVICES, Fault.raw(200, "application/xml", open + padding + close));

        assertTrue(test(ACTIVE).isSuccess());
    }

    @Test
    void reportsAMissingSubscriptionName() {
        azure.injectFault(Fault.raw(
                200,
                "application/xml",
                "<Subscription xmlns=\"http://schemas.microsoft.com/windowsazure\"><SubscriptionStatus>Active"
                        + "</SubscriptionStatus></Subscription>"));

        assertActiveFails(FailureKind.MALFORMED_RESPONSE, "SubscriptionName");
    }

    @Test
    void reportsAConnectionClosedWithoutAnswer() {
        // The JDK client retries an idempotent GET once on a connection closed without answer: drop both attempts.
        azure.injectFault(Fault.dropConnection());
        azure.injectFault(Fault.dropConnection());

        assertActiveFails(FailureKind.NETWORK_ERROR, "127.0.0.1:" + azure.port());
    }

    @Test
    void givesUpOnASlowAnswerWithinTheRequestTimeout() {
        ServiceManagementClient impatient = new ServiceManagementClient(ConnectionSettings.defaults()
                .withTrustStore(azure.trustStore())
                .withRequestTimeout(Duration.ofMillis(500)));
        azure.injectFault(Fault.delay(Duration.ofSeconds(5)));

        long start = System.nanoTime();
        ConnectionResult result = impatient.testConnection(azure.url(), ACTIVE, certificate);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertFailure(FailureKind.TIMEOUT, result);
        assertTrue(result.message().contains("0.5 seconds"), result::message);
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
    }

    @Test
    void servesConcurrentTestsWithOneClient() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ConnectionResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String subscription = i % 2 == 0 ? ACTIVE : DISABLED;
                results.add(pool.submit(() -> test(subscription)));
            }
            for (int i = 0; i < results.size(); i++) {
                ConnectionResult result = results.get(i).get(30, TimeUnit.SECONDS);
                assertEquals(i % 2 == 0, result.isSuccess(), result::toString);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverShowsKeyMaterial() {
        String key = Base64.getEncoder().encodeToString(certificate.privateKey().getEncoded());
        for (ConnectionResult result : List.of(test(ACTIVE), test(NOT_UPLOADED))) {
            assertFalse(result.message().contains(key.substring(0, 40)));
            assertFalse(result.toString().contains(key.substring(0, 40)));
        }
    }
}
