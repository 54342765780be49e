package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import static io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerClientTest.CLIENT_ID;
import static io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerClientTest.SUBSCRIPTION;
import static io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerClientTest.TENANT;
import static io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerClientTest.assertFailure;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A proxy that will not tunnel: asking for credentials (407) or refusing outright (403). */
class ResourceManagerClientProxyTest {

    private static TestSigningIdentity identity;

    @BeforeAll
    static void generateCertificate() {
        identity = TestSigningIdentity.generate("Jenkins - proxy");
    }

    @Test
    void reportsAProxyThatAsksForCredentials() throws IOException {
        try (RefusingProxy proxy =
                new RefusingProxy("407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"corp\"")) {
            ConnectionResult result = testThrough(proxy);

            assertFailure(result, FailureKind.PROXY_AUTHENTICATION_REQUIRED, "407", "login.example.test");
            assertTrue(
                    proxy.requestLines().get(0).startsWith("CONNECT login.example.test:443"),
                    proxy.requestLines()::toString);
        }
    }

    @Test
    void reportsAProxyThatRefusesTheTunnel() throws IOException {
        try (RefusingProxy proxy = new RefusingProxy("403 Forbidden", "X-Reason: policy")) {
            ConnectionResult result = testThrough(proxy);

            assertFailure(result, FailureKind.PROXY_REFUSED, "login.example.test");
        }
    }

    private static ConnectionResult testThrough(RefusingProxy proxy) {
        ConnectionSettings settings = ConnectionSettings.defaults()
                .withProxy(ProxySelector.of(proxy.address()), null)
                .withConnectTimeout(Duration.ofSeconds(5))
                .withRequestTimeout(Duration.ofSeconds(5));
        return new ResourceManagerClient(settings)
                .testConnection(
                        ResourceManagerEndpoints.of("https://login.example.test", "https://arm.example.test"),
                        TENANT,
                        CLIENT_ID,
                        SUBSCRIPTION,
                        identity.managementCertificate());
    }

    /** Answers every request with one fixed status and closes the connection. */
    private static final class RefusingProxy implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        private final List<String> requestLines = new CopyOnWriteArrayList<>();
        private final String status;
        private final String header;

        RefusingProxy(String status, String header) throws IOException {
            this.status = status;
            this.header = header;
            Thread thread = new Thread(this::serve, "refusing-proxy");
            thread.setDaemon(true);
            thread.start();
        }

        InetSocketAddress address() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
        }

        List<String> requestLines() {
            return requestLines;
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    connection.setSoTimeout(5000);
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
                    requestLines.add(in.readLine());
                    String line;
                    do {
                        line = in.readLine();
                    } while (line != null && !line.isEmpty());
                    OutputStream out = connection.getOutputStream();
                    out.write(("HTTP/1.1 " + status + "\r\n" + header + "\r\nContent-Length: 0\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
