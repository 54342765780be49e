package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import static io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerClientTest.CLIENT_ID;
import static io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerClientTest.SUBSCRIPTION;
import static io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerClientTest.TENANT;
import static io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerClientTest.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.simulator.entra.EntraSimulator;
import io.jenkins.plugins.azuremgmtcert.simulator.entra.LoopbackTls;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Transport failures: silent and closed ports, DNS, a wrong server certificate, mismatched endpoints. */
class ResourceManagerClientTransportTest {

    private static TestSigningIdentity identity;

    @BeforeAll
    static void generateCertificate() {
        identity = TestSigningIdentity.generate("Jenkins - transport");
    }

    @Test
    void givesUpWithinTheRequestTimeoutWhenTheServerNeverAnswers() throws IOException {
        try (SilentServer silent = new SilentServer()) {
            ResourceManagerClient client = new ResourceManagerClient(ConnectionSettings.defaults()
                    .withConnectTimeout(Duration.ofSeconds(1))
                    .withRequestTimeout(Duration.ofSeconds(1)));
            long start = System.nanoTime();

            ConnectionResult result = client.testConnection(
                    silent.endpoints(), TENANT, CLIENT_ID, SUBSCRIPTION, identity.managementCertificate());

            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertFailure(result, FailureKind.TIMEOUT, "did not answer within 1 seconds", "TCP port");
            assertTrue(elapsed.compareTo(Duration.ofSeconds(3)) < 0, "took " + elapsed);
        }
    }

    @Test
    void reportsARefusedConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "https://127.0.0.1:" + closedPort;

        ConnectionResult result = new ResourceManagerClient(ConnectionSettings.defaults())
                .testConnection(
                        ResourceManagerEndpoints.of(url, url),
                        TENANT,
                        CLIENT_ID,
                        SUBSCRIPTION,
                        identity.managementCertificate());

        assertFailure(result, FailureKind.CONNECTION_REFUSED, "127.0.0.1:" + closedPort, "refused");
    }

    @Test
    void reportsAHostThatDoesNotResolve() {
        String url = "https://login.nonexistent.invalid";

        ConnectionResult result = new ResourceManagerClient(ConnectionSettings.defaults())
                .testConnection(
                        ResourceManagerEndpoints.of(url, url),
                        TENANT,
                        CLIENT_ID,
                        SUBSCRIPTION,
                        identity.managementCertificate());

        assertFailure(result, FailureKind.DNS_FAILURE, "login.nonexistent.invalid", "DNS");
    }

    @Test
    void verifiesTheHostNameOfATrustedServerCertificate() {
        try (EntraSimulator wrongName =
                EntraSimulator.start(Clock.systemUTC(), LoopbackTls.forHostName("login.example.test"))) {
            ConnectionResult result = new ResourceManagerClient(
                            ConnectionSettings.defaults().withTrustStore(wrongName.trustStore()))
                    .testConnection(
                            ResourceManagerEndpoints.of(
                                    wrongName.authorityUrl().toString(),
                                    wrongName.resourceManagerUrl().toString()),
                            TENANT,
                            CLIENT_ID,
                            SUBSCRIPTION,
                            identity.managementCertificate());

            assertFailure(result, FailureKind.HOST_NAME_MISMATCH, "not issued for the host name 127.0.0.1");
            assertEquals(0, wrongName.requestCount(), "no request may pass a failed handshake");
        }
    }

    @Test
    void reportsAResourceManagerThatRefusesTheTokenOfAnotherAuthority() throws Exception {
        try (EntraSimulator authority = EntraSimulator.start();
                EntraSimulator otherCloud = EntraSimulator.start()) {
            authority
                    .addTenant(TENANT)
                    .registerApplication(TENANT, CLIENT_ID)
                    .uploadCertificate(TENANT, CLIENT_ID, identity.certificate())
                    .addResource(otherCloud.resourceManagerUrl());
            otherCloud.addTenant(TENANT).addSubscription(SUBSCRIPTION, TENANT, "Elsewhere", "Enabled");
            KeyStore both = KeyStore.getInstance("PKCS12");
            both.load(null, null);
            both.setCertificateEntry("authority", authority.trustStore().getCertificate("entra-simulator"));
            both.setCertificateEntry("other", otherCloud.trustStore().getCertificate("entra-simulator"));
            ResourceManagerEndpoints mixed = ResourceManagerEndpoints.of(
                    authority.authorityUrl().toString(),
                    otherCloud.resourceManagerUrl().toString());

            ConnectionResult result = new ResourceManagerClient(
                            ConnectionSettings.defaults().withTrustStore(both))
                    .testConnection(mixed, TENANT, CLIENT_ID, SUBSCRIPTION, identity.managementCertificate());

            assertFailure(
                    result, FailureKind.AUTHENTICATION_FAILED, "HTTP 401", "AuthenticationFailed", "same Azure cloud");
        }
    }

    /** A TCP server on loopback that accepts connections and never says a word. */
    private static final class SilentServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new ArrayList<>();
        private final Thread acceptor = new Thread(this::acceptForever, "silent-server");

        SilentServer() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        ResourceManagerEndpoints endpoints() {
            String url = "https://127.0.0.1:" + socket.getLocalPort();
            return ResourceManagerEndpoints.of(url, url);
        }

        private void acceptForever() {
            try {
                while (!socket.isClosed()) {
                    Socket connection = socket.accept();
                    synchronized (accepted) {
                        accepted.add(connection);
                    }
                }
            } catch (IOException closed) {
                // close() ends the loop
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (accepted) {
                for (Socket connection : accepted) {
                    connection.close();
                }
            }
        }
    }
}
