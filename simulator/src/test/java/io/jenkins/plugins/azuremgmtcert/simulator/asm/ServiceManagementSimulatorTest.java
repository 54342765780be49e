package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator's own behaviour, without the plugin: fault queueing, headers, and the loopback helpers. */
class ServiceManagementSimulatorTest {

    private static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";

    private static ServiceManagementSimulator azure;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        azure = ServiceManagementSimulator.builder().build();
        azure.addSubscription(SUBSCRIPTION, "Pay-As-You-Go", "Active");
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(azure.trustStore());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        client = HttpClient.newBuilder()
                .sslContext(context)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterAll
    static void stop() {
        azure.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(azure.url() + path))
                        .header("x-ms-version", "2014-10-01")
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void listensOnLoopbackOnly() {
        assertEquals("127.0.0.1", azure.url().getHost());
        assertTrue(azure.port() > 0);
    }

    @Test
    void appliesEachFaultOnceToTheFirstMatchingRequestInOrder() throws Exception {
        azure.injectFault(Operation.LIST_HOSTED_SERVICES, Fault.internalError());
        azure.injectFault(Fault.tooManyRequests(30));

        HttpResponse<String> first = get("/" + SUBSCRIPTION);
        HttpResponse<String> second = get("/" + SUBSCRIPTION + "/services/hostedservices");
        HttpResponse<String> third = get("/" + SUBSCRIPTION + "/services/hostedservices");

        assertEquals(429, first.statusCode());
        assertEquals("30", first.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(500, second.statusCode());
        assertTrue(second.body().contains("<Code>InternalError</Code>"), second.body());
        assertEquals(403, third.statusCode(), "no client certificate: ForbiddenError as Azure answered");
        assertTrue(third.body().contains("<Code>ForbiddenError</Code>"), third.body());
    }

    @Test
    void answersWithTheServiceManagementHeadersAndErrorShape() throws Exception {
        HttpResponse<String> response = get("/" + SUBSCRIPTION);

        assertEquals(
                "application/xml; charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(
                response.headers().firstValue("x-ms-request-id").orElseThrow().matches("[0-9a-f]{32}"));
        assertTrue(
                response.body().startsWith("<Error xmlns=\"http://schemas.microsoft.com/windowsazure\""),
                response.body());
    }

    @Test
    void recordsTheRequests() throws Exception {
        int before = azure.requests().size();
        get("/" + SUBSCRIPTION);

        RecordedRequest request = azure.requests().get(before);
        assertEquals("GET", request.method());
        assertEquals("/" + SUBSCRIPTION, request.path());
        assertEquals("2014-10-01", request.version());
        assertEquals(null, request.clientThumbprint());
    }

    @Test
    void silentServerAcceptsButNeverAnswers() throws IOException {
        try (SilentServer silent = SilentServer.start();
                Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), silent.port()), 2000);
            socket.setSoTimeout(300);
            socket.getOutputStream().write("hello\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThrows(SocketTimeoutException.class, in::read);
        }
    }

    @Test
    void closedPortRefusesConnections() throws IOException {
        int port = LoopbackPorts.closedPort();
        try (Socket socket = new Socket()) {
            assertThrows(
                    ConnectException.class,
                    () -> socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000));
        }
    }

    @Test
    void refusingProxyChallengesEveryTunnel() throws IOException {
        try (RefusingProxy proxy = RefusingProxy.start(407);
                Socket socket = new Socket()) {
            socket.connect(proxy.address(), 2000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("CONNECT example.test:443 HTTP/1.1\r\nHost: example.test:443\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

            assertTrue(answer.startsWith("HTTP/1.1 407"), answer);
            assertTrue(answer.contains("Proxy-Authenticate: Basic"), answer);
            assertEquals(
                    "CONNECT example.test:443 HTTP/1.1", proxy.requestLines().get(0));
        }
    }
}
