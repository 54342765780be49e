package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import io.jenkins.plugins.azuremgmtcert.domain.azure.CapturedLog;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.LoopbackPorts;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.PlainHttpServer;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.RefusingProxy;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.SilentServer;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Transport failures of the Service Management client, each produced on loopback: trust, host names, timeouts,
 * refused connections, DNS and proxies. Nothing here reaches the internet.
 */
class ServiceManagementTransportTest {

    private static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";

    private static ManagementCertificate certificate;
    private static ServiceManagementSimulator azure;

    @BeforeAll
    static void startSimulator() {
        certificate = CertificateGenerator.forName("asm transport test").generate();
        azure = ServiceManagementSimulator.builder().build();
        azure.addSubscription(SUBSCRIPTION, "Pay-As-You-Go", "Active");
        azure.uploadCertificate(SUBSCRIPTION, certificate.certificate());
    }

    @AfterAll
    static void stopSimulator() {
        azure.close();
    }

    private static ConnectionSettings trusting() {
        return ConnectionSettings.defaults()
                .withTrustStore(azure.trustStore())
                .withConnectTimeout(Duration.ofSeconds(2))
                .withRequestTimeout(Duration.ofSeconds(5));
    }

    private static void assertFailure(FailureKind expected, ConnectionResult result) {
        assertFalse(result.isSuccess(), result::toString);
        assertEquals(expected, result.failureKind(), result::toString);
    }

    @Test
    void connectsOnlyWhenTheTestTrustStoreIsGiven() {
        assertTrue(new ServiceManagementClient(trusting())
                .testConnection(azure.url(), SUBSCRIPTION, certificate)
                .isSuccess());
    }

    @Test
    void distrustsTheSimulatorWithThePlatformTrustStore() {
        int before = azure.requests().size();

        ConnectionResult result = new ServiceManagementClient(ConnectionSettings.defaults())
                .testConnection(azure.url(), SUBSCRIPTION, certificate);

        assertFailure(FailureKind.SERVER_CERTIFICATE_UNTRUSTED, result);
        assertTrue(result.message().contains("javax.net.ssl.trustStore"), result::message);
        assertTrue(result.message().contains("TLS-inspecting proxy"), result::message);
        assertEquals(before, azure.requests().size(), "no request may pass an untrusted handshake");
    }

    @Test
    void refusesAServerCertificateIssuedForAnotherHostName() {
        try (ServiceManagementSimulator impostor = ServiceManagementSimulator.builder()
                .serverCertificateNames("management.example.test")
                .build()) {
            impostor.addSubscription(SUBSCRIPTION, "Impostor", "Active");
            impostor.uploadCertificate(SUBSCRIPTION, certificate.certificate());
            ConnectionSettings settings = ConnectionSettings.defaults().withTrustStore(impostor.trustStore());

            ConnectionResult result =
                    new ServiceManagementClient(settings).testConnection(impostor.url(), SUBSCRIPTION, certificate);

            assertFailure(FailureKind.HOST_NAME_MISMATCH, result);
            assertTrue(result.message().contains("not issued for the host name 127.0.0.1"), result::message);
            assertTrue(impostor.requests().isEmpty());
        }
    }

    @Test
    void reportsATlsFailureWhenTheServerDoesNotSpeakTls() throws IOException {
        try (PlainHttpServer plain = PlainHttpServer.start()) {
            ConnectionResult result =
                    new ServiceManagementClient(trusting()).testConnection(plain.url(), SUBSCRIPTION, certificate);

            assertFailure(FailureKind.TLS_FAILURE, result);
            assertTrue(result.message().contains("TLS handshake with 127.0.0.1:"), result::message);
            assertTrue(result.message().contains("failed (SSLException)"), result::message);
        }
    }

    @Test
    void keepsTheWholeTransportFailureInTheFineLogForAdministrators() throws IOException {
        CapturedLog log = CapturedLog.ofPackage(ServiceManagementClient.class, Level.FINE);
        try (log;
                PlainHttpServer plain = PlainHttpServer.start()) {
            new ServiceManagementClient(trusting()).testConnection(plain.url(), SUBSCRIPTION, certificate);
        }
        List<LogRecord> records = log.records();

        assertTrue(
                records.stream()
                        .anyMatch(r -> r.getThrown() instanceof SSLException
                                && r.getMessage().contains("127.0.0.1")),
                () -> "no FINE record with the SSLException: " + records);
    }

    @Test
    void givesUpOnASilentServerWithinItsTimeout() throws IOException {
        ConnectionSettings settings = ConnectionSettings.defaults()
                .withConnectTimeout(Duration.ofSeconds(1))
                .withRequestTimeout(Duration.ofSeconds(1));
        try (SilentServer silent = SilentServer.start()) {
            long start = System.nanoTime();
            ConnectionResult result =
                    new ServiceManagementClient(settings).testConnection(silent.url(), SUBSCRIPTION, certificate);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertFailure(FailureKind.TIMEOUT, result);
            assertTrue(result.message().contains("Azure data-centre IP ranges"), result::message);
            assertTrue(result.message().contains("TCP port " + silent.url().getPort()), result::message);
            assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
            assertTrue(silent.acceptedConnections() > 0, "the TCP connection was made, the answer never came");
        }
    }

    @Test
    void reportsARefusedConnection() throws IOException {
        int port = LoopbackPorts.closedPort();

        ConnectionResult result = new ServiceManagementClient(trusting())
                .testConnection(URI.create("https://127.0.0.1:" + port), SUBSCRIPTION, certificate);

        assertFailure(FailureKind.CONNECTION_REFUSED, result);
        assertTrue(result.message().contains("127.0.0.1:" + port), result::message);
    }

    @Test
    void reportsAHostNameThatDoesNotResolve() {
        ConnectionResult result = new ServiceManagementClient(trusting())
                .testConnection(URI.create("https://nonexistent.invalid"), SUBSCRIPTION, certificate);

        assertFailure(FailureKind.DNS_FAILURE, result);
        assertTrue(result.message().contains("nonexistent.invalid cannot be resolved"), result::message);
    }

    @Test
    void reportsAProxyThatWantsCredentials() throws IOException {
        try (RefusingProxy proxy = RefusingProxy.start(407)) {
            ConnectionSettings settings = trusting().withProxy(ProxySelector.of(proxy.address()), null);

            ConnectionResult result =
                    new ServiceManagementClient(settings).testConnection(azure.url(), SUBSCRIPTION, certificate);

            assertFailure(FailureKind.PROXY_AUTHENTICATION_REQUIRED, result);
            assertTrue(result.message().contains("407"), result::message);
            assertTrue(proxy.requestLines().get(0).startsWith("CONNECT 127.0.0.1:" + azure.port()));
        }
    }

    @Test
    void reportsAProxyThatRefusesTheTunnel() throws IOException {
        try (RefusingProxy proxy = RefusingProxy.start(403)) {
            ConnectionSettings settings = trusting().withProxy(ProxySelector.of(proxy.address()), null);

            ConnectionResult result =
                    new ServiceManagementClient(settings).testConnection(azure.url(), SUBSCRIPTION, certificate);

            assertFailure(FailureKind.PROXY_REFUSED, result);
            assertTrue(result.message().contains("refused to open a tunnel"), result::message);
        }
    }

    @Test
    void usesTheCloudsServiceManagementHostWithoutLeavingLoopback() throws IOException {
        try (RefusingProxy proxy = RefusingProxy.start(403)) {
            ConnectionSettings settings = trusting().withProxy(ProxySelector.of(proxy.address()), null);

            ConnectionResult result = new ServiceManagementClient(settings)
                    .testConnection(AzureCloud.AZURE_CHINA, SUBSCRIPTION, certificate);

            assertFailure(FailureKind.PROXY_REFUSED, result);
            assertEquals(
                    "CONNECT management.core.chinacloudapi.cn:443 HTTP/1.1",
                    proxy.requestLines().get(0));
        }
    }

    @Test
    void reportsAProxyThatIsNotThere() throws IOException {
        int port = LoopbackPorts.closedPort();
        ConnectionSettings settings =
                trusting().withProxy(ProxySelector.of(new java.net.InetSocketAddress("127.0.0.1", port)), null);

        ConnectionResult result =
                new ServiceManagementClient(settings).testConnection(azure.url(), SUBSCRIPTION, certificate);

        assertFailure(FailureKind.PROXY_REFUSED, result);
        assertTrue(result.message().contains("proxy refused the connection"), result::message);
    }
}
