package io.jenkins.plugins.azuremgmtcert.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.util.Context;
import com.azure.identity.ClientCertificateCredentialBuilder;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;
import io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Azure Identity for Java's {@code ClientCertificateCredential}, configured only from what {@code withAzureCert}
 * gives a build (the PEM, or the .pfx and its password, and the Azure Identity variables), signs in to the Entra ID
 * simulator and reads the subscription from the Resource Manager simulator with the token. The client trusts the
 * simulator through its own Netty client; nothing JVM-wide changes.
 */
class AzureIdentityJavaTest {

    @TempDir
    static Path folder;

    private static SimulatedAzure azure;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        azure = SimulatedAzure.start(folder);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(azure.entra().trustStore());
        http = new NettyAsyncHttpClientBuilder(reactor.netty.http.client.HttpClient.create()
                        .secure(spec -> spec.sslContext(sslContext(trust))))
                .build();
    }

    @AfterAll
    static void stop() throws Exception {
        azure.close();
    }

    @Test
    void signsInWithThePemAndReadsTheSubscription() {
        TokenCredential credential = builder()
                .pemCertificate(azure.variable(AzureVariableNames.CLIENT_CERTIFICATE_PATH))
                .build();

        assertReadsTheSubscription(credential);
    }

    @Test
    void signsInWithThePfxAndItsPasswordAndReadsTheSubscription() {
        TokenCredential credential = builder()
                .pfxCertificate(azure.variable(AzureVariableNames.PFX))
                .clientCertificatePassword(azure.variable(AzureVariableNames.PASSWORD))
                .build();

        assertReadsTheSubscription(credential);
    }

    private static ClientCertificateCredentialBuilder builder() {
        return new ClientCertificateCredentialBuilder()
                .tenantId(azure.variable(AzureVariableNames.TENANT_ID))
                .clientId(azure.variable(AzureVariableNames.CLIENT_ID))
                .authorityHost(azure.variable(AzureVariableNames.AUTHORITY_HOST))
                .disableInstanceDiscovery()
                .httpClient(http);
    }

    private static void assertReadsTheSubscription(TokenCredential credential) {
        String scope = azure.entra().resourceManagerUrl() + "/.default";
        AccessToken token = credential.getTokenSync(new TokenRequestContext().addScopes(scope));
        assertFalse(token.getToken().isEmpty());

        HttpPipeline pipeline = new HttpPipelineBuilder()
                .httpClient(http)
                .policies(new BearerTokenAuthenticationPolicy(credential, scope))
                .build();
        String url = azure.entra().resourceManagerUrl() + "/subscriptions/"
                + azure.variable(AzureVariableNames.SUBSCRIPTION_ID) + "?api-version=2022-12-01";
        try (HttpResponse response = pipeline.sendSync(new HttpRequest(HttpMethod.GET, url), Context.NONE)) {
            String body = response.getBodyAsString().block(Duration.ofSeconds(30));
            assertEquals(200, response.getStatusCode(), body);
            assertTrue(body.contains("\"displayName\":\"Clients Subscription\""), body);
        }
    }

    private static io.netty.handler.ssl.SslContext sslContext(TrustManagerFactory trust) {
        try {
            return SslContextBuilder.forClient().trustManager(trust).build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build the client's TLS context", e);
        }
    }
}
