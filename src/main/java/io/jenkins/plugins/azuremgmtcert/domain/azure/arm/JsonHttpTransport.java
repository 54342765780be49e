package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * HTTPS for the Entra ID and Resource Manager calls: the JDK {@link HttpClient} with TLS 1.3/1.2, trust from the
 * platform or the settings' trust store, host names verified (the client's default), no redirects, the settings'
 * proxy and timeouts, and bodies capped at {@link #MAX_BODY_BYTES}. No client certificate: the certificate signs the
 * client assertion instead. One transport per connection test; nothing JVM-wide is changed.
 */
final class JsonHttpTransport {

    /** The largest response body read (1 MiB). */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final ConnectionSettings settings;
    private final HttpClient client;

    JsonHttpTransport(ConnectionSettings settings) throws GeneralSecurityException {
        this.settings = settings;
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(sslContext(settings.trustStore()))
                .sslParameters(parameters);
        if (settings.proxy() != null) {
            builder.proxy(settings.proxy());
        }
        if (settings.proxyAuthenticator() != null) {
            builder.authenticator(settings.proxyAuthenticator());
        }
        this.client = builder.build();
    }

    /** POSTs an {@code application/x-www-form-urlencoded} form and reads the JSON answer. */
    HttpAnswer postForm(URI uri, Map<String, String> form)
            throws IOException, InterruptedException, TimeoutException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII))
                .build());
    }

    /** GETs a JSON document with a bearer token. */
    HttpAnswer getWithBearer(URI uri, String bearerToken) throws IOException, InterruptedException, TimeoutException {
        return send(request(uri).header("Authorization", "Bearer " + bearerToken).GET().build());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json");
    }

    private HttpAnswer send(HttpRequest request) throws IOException, InterruptedException, TimeoutException {
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, BoundedBodySubscriber.handler(MAX_BODY_BYTES));
        try {
            HttpResponse<byte[]> response = future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new HttpAnswer(request.uri(), response.statusCode(), response.headers(),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause == null ? "request failed" : cause.getClass().getSimpleName(), cause);
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static SSLContext sslContext(KeyStore trustStore) throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
