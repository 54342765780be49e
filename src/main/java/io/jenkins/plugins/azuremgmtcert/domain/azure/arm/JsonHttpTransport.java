package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.BoundedBodyHandler;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.DeadlineSender;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.HttpClientFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTPS for the Entra ID and Resource Manager calls, on the shared transport of the Service Management client
 * ({@link HttpClientFactory}: TLS 1.3/1.2, platform or settings trust, host names verified, no redirects, the
 * settings' proxy) without a client certificate, since the certificate signs the client assertion instead. Both
 * requests of a test share one deadline (the settings' request timeout) and bodies are capped at 1 MiB.
 */
final class JsonHttpTransport {

    private final DeadlineSender sender;

    JsonHttpTransport(ConnectionSettings settings) throws GeneralSecurityException {
        this.sender = new DeadlineSender(HttpClientFactory.create(settings, null), settings.requestTimeout());
    }

    /** POSTs an {@code application/x-www-form-urlencoded} form and reads the JSON answer. */
    HttpAnswer postForm(URI uri, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII)));
    }

    /** GETs a JSON document with a bearer token. */
    HttpAnswer getWithBearer(URI uri, String bearerToken) throws IOException, InterruptedException {
        return send(
                request(uri).header("Authorization", "Bearer " + bearerToken).GET());
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "application/json");
    }

    private HttpAnswer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = sender.send(request, new BoundedBodyHandler(BoundedBodyHandler.ONE_MIB));
        byte[] body = response.body();
        // The JDK hands back a proxy's refusal of CONNECT (407) as a response without a body.
        return new HttpAnswer(
                response.uri(),
                response.statusCode(),
                response.headers(),
                body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
