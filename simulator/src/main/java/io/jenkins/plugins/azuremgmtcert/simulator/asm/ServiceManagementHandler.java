package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Answers one request the way Service Management did (wire facts §3, §4 and §9): faults first, then the checks in
 * the order version header, client certificate, subscription state, then the route.
 */
final class ServiceManagementHandler implements HttpHandler {

    private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String OLDEST_VERSION = "2009-10-01";
    private static final String NEWEST_VERSION = "2015-04-01";
    private static final String FORBIDDEN_MESSAGE = "The server failed to authenticate the request. Verify that the "
            + "certificate is valid and is associated with this subscription.";

    private final ServiceManagementSimulator simulator;

    ServiceManagementHandler(ServiceManagementSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            answer(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange) throws IOException, InterruptedException {
        String requestId = UUID.randomUUID().toString().replace("-", "");
        String path = exchange.getRequestURI().getRawPath();
        String version = exchange.getRequestHeaders().getFirst("x-ms-version");
        simulator.record(
                new RecordedRequest(exchange.getRequestMethod(), path, version, clientThumbprint(exchange), requestId));
        exchange.getRequestBody().readAllBytes();
        Fault fault = simulator.takeFault(Operation.of(path));
        if (fault != null) {
            if (fault.kind() == Fault.Kind.DELAY) {
                Thread.sleep(fault.delayDuration().toMillis());
            } else {
                FaultResponder.respond(exchange, fault, requestId);
                return;
            }
        }
        if (version == null
                || !VERSION.matcher(version).matches()
                || version.compareTo(OLDEST_VERSION) < 0
                || version.compareTo(NEWEST_VERSION) > 0) {
            sendError(
                    exchange,
                    requestId,
                    400,
                    "MissingOrIncorrectVersionHeader",
                    "The versioning header is not specified or was specified incorrectly.");
            return;
        }
        String[] segments = path.replaceAll("/+$", "").split("/");
        String subscriptionId = segments.length > 1 ? segments[1].toLowerCase(Locale.ROOT) : "";
        SimulatedSubscription subscription = simulator.subscription(subscriptionId);
        String thumbprint = clientThumbprint(exchange);
        if (subscription == null || thumbprint == null || !subscription.hasThumbprint(thumbprint)) {
            sendError(exchange, requestId, 403, "ForbiddenError", FORBIDDEN_MESSAGE);
            return;
        }
        if (subscription.disabled()) {
            sendError(exchange, requestId, 403, "SubscriptionDisabled", "The subscription is in a disabled state.");
            return;
        }
        if (!exchange.getRequestMethod().equals("GET")) {
            sendError(
                    exchange,
                    requestId,
                    400,
                    "InvalidHttpVerb",
                    "The HTTP verb specified was not recognized by the server.");
            return;
        }
        switch (Operation.of(path)) {
            case GET_SUBSCRIPTION ->
                send(exchange, requestId, 200, ServiceManagementXml.subscription(segments[1], subscription));
            case LIST_HOSTED_SERVICES ->
                send(
                        exchange,
                        requestId,
                        200,
                        ServiceManagementXml.hostedServices(
                                simulator.url(), segments[1], subscription.hostedServices()));
            default ->
                sendError(exchange, requestId, 404, "ResourceNotFound", "The specified resource does not exist.");
        }
    }

    private static void sendError(HttpExchange exchange, String requestId, int status, String code, String message)
            throws IOException {
        send(exchange, requestId, status, ServiceManagementXml.error(code, message));
    }

    static void send(HttpExchange exchange, String requestId, int status, String xml) throws IOException {
        sendBody(exchange, requestId, status, "application/xml; charset=utf-8", xml);
    }

    static void sendBody(HttpExchange exchange, String requestId, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        addStandardHeaders(exchange, requestId, contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void addStandardHeaders(HttpExchange exchange, String requestId, String contentType) {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("Server", "1.0.6198.243 (rd_rdfe_stable.150618-1025) Microsoft-HTTPAPI/2.0");
        exchange.getResponseHeaders().set("x-ms-servedbyregion", "ussouth3");
        exchange.getResponseHeaders().set("x-ms-request-id", requestId);
    }

    private static String clientThumbprint(HttpExchange exchange) {
        if (!(exchange instanceof HttpsExchange)) {
            return null;
        }
        try {
            Certificate[] chain = ((HttpsExchange) exchange).getSSLSession().getPeerCertificates();
            if (chain.length == 0) {
                return null;
            }
            byte[] hash = MessageDigest.getInstance("SHA-1").digest(chain[0].getEncoded());
            return HexFormat.of().withUpperCase().formatHex(hash);
        } catch (SSLPeerUnverifiedException e) {
            return null;
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot compute the client certificate thumbprint", e);
        }
    }
}
