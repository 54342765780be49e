package io.jenkins.plugins.azuremgmtcert.domain.azure.transport;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * Creates a JDK {@link HttpClient} for one connection test: its own {@link SSLContext} (nothing JVM-wide), TLS 1.3
 * and 1.2 only, the platform's trusted CAs or the settings' trust store, host names verified, an optional client
 * certificate offered unconditionally, no redirects, the settings' proxy and connect timeout, and proxy credentials
 * that are given to the proxy only.
 */
public final class HttpClientFactory {

    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private HttpClientFactory() {}

    /**
     * @param clientCertificate the management certificate for mutual TLS, or null for none
     * @throws GeneralSecurityException if the trust store or the key cannot be used
     */
    public static HttpClient create(ConnectionSettings settings, @CheckForNull ManagementCertificate clientCertificate)
            throws GeneralSecurityException {
        SSLContext context = sslContext(settings, clientCertificate);
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(PROTOCOLS);
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .sslContext(context)
                .sslParameters(parameters);
        if (settings.proxy() != null) {
            builder.proxy(settings.proxy());
        }
        if (settings.proxyAuthenticator() != null) {
            builder.authenticator(new ProxyOnlyAuthenticator(settings.proxyAuthenticator()));
        }
        return builder.build();
    }

    /** A fresh TLS context with the settings' trust and, if given, the client certificate. */
    public static SSLContext sslContext(
            ConnectionSettings settings, @CheckForNull ManagementCertificate clientCertificate)
            throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(settings.trustStore());
        KeyManager[] keys = clientCertificate == null
                ? null
                : new KeyManager[] {new ManagementCertificateKeyManager(clientCertificate)};
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys, trust.getTrustManagers(), null);
        return context;
    }
}
