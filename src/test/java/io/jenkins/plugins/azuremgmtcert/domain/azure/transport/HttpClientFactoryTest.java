package io.jenkins.plugins.azuremgmtcert.domain.azure.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.RecordedRequest;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TLS set-up: the management certificate is offered even to a server that names other CAs (where the JSSE
 * default stays silent), no certificate is offered without one, and only TLS 1.2/1.3 is spoken.
 */
class HttpClientFactoryTest {

    private static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";

    private static ManagementCertificate certificate;
    private static X509Certificate otherIssuer;
    private static ServiceManagementSimulator azure;

    @BeforeAll
    static void start() {
        certificate = CertificateGenerator.forName("factory test").generate();
        otherIssuer =
                CertificateGenerator.forName("some enterprise CA").generate().certificate();
        azure = ServiceManagementSimulator.builder()
                .advertisedClientIssuers(otherIssuer)
                .build();
        azure.addSubscription(SUBSCRIPTION, "Pay-As-You-Go", "Active");
        azure.uploadCertificate(SUBSCRIPTION, certificate.certificate());
    }

    @AfterAll
    static void stop() {
        azure.close();
    }

    private static HttpResponse<String> get(HttpClient client, String version) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(azure.url() + "/" + SUBSCRIPTION))
                .timeout(Duration.ofSeconds(10));
        if (version != null) {
            request.header("x-ms-version", version);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static RecordedRequest lastRequest() {
        List<RecordedRequest> requests = azure.requests();
        return requests.get(requests.size() - 1);
    }

    private static ConnectionSettings trusting() {
        return ConnectionSettings.defaults().withTrustStore(azure.trustStore());
    }

    @Test
    void offersTheManagementCertificateToAServerThatNamesOtherIssuers() throws Exception {
        HttpResponse<String> response = get(HttpClientFactory.create(trusting(), certificate), "2014-10-01");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(certificate.thumbprintSha1(), lastRequest().clientThumbprint());
        assertTrue(response.body().contains("<SubscriptionName>Pay-As-You-Go</SubscriptionName>"));
    }

    @Test
    void theJsseDefaultKeyManagerWouldWithholdIt() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry(
                "cert",
                certificate.privateKey(),
                new char[0],
                certificate.chain().toArray(new X509Certificate[0]));
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, new char[0]);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(azure.trustStore());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);

        HttpResponse<String> response =
                get(HttpClient.newBuilder().sslContext(context).build(), "2014-10-01");

        assertEquals(403, response.statusCode());
        assertNull(lastRequest().clientThumbprint());
        assertTrue(response.body().contains("<Code>ForbiddenError</Code>"), response.body());
    }

    @Test
    void offersNoCertificateWithoutOne() throws Exception {
        HttpResponse<String> response = get(HttpClientFactory.create(trusting(), null), "2014-10-01");

        assertEquals(403, response.statusCode());
        assertNull(lastRequest().clientThumbprint());
        assertTrue(response.body().contains("associated with this subscription"), response.body());
        assertTrue(
                response.headers().firstValue("x-ms-request-id").orElseThrow().matches("[0-9a-f]{32}"));
        assertEquals(
                "application/xml; charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void speaksOnlyTls12Or13() throws Exception {
        HttpResponse<String> response = get(HttpClientFactory.create(trusting(), certificate), "2014-10-01");

        String protocol = response.sslSession().orElseThrow().getProtocol();
        assertTrue(Set.of("TLSv1.3", "TLSv1.2").contains(protocol), protocol);
    }

    @Test
    void theSimulatorRequiresTheVersionHeaderLikeAzure() throws Exception {
        HttpResponse<String> response = get(HttpClientFactory.create(trusting(), certificate), null);

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("<Code>MissingOrIncorrectVersionHeader</Code>"), response.body());
    }

    @Test
    void theSimulatorRefusesAVersionNewerThanServiceManagementKnew() throws Exception {
        HttpResponse<String> response = get(HttpClientFactory.create(trusting(), certificate), "2022-12-01");

        assertEquals(400, response.statusCode());
    }
}
