package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Writes the answer of a {@link Fault} (all kinds but {@link Fault.Kind#DELAY}). */
final class FaultResponder {

    private static final String XML = "application/xml; charset=utf-8";

    private FaultResponder() {}

    static void respond(HttpExchange exchange, Fault fault, String requestId) throws IOException {
        fault.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        switch (fault.kind()) {
            case DROP_CONNECTION -> exchange.close();
            case ERROR -> {
                if (fault.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders()
                            .set("Retry-After", fault.retryAfterSeconds().toString());
                }
                ServiceManagementHandler.send(
                        exchange,
                        requestId,
                        fault.status(),
                        ServiceManagementXml.error(fault.errorCode(), fault.body()));
            }
            case MALFORMED_XML ->
                ServiceManagementHandler.send(exchange, requestId, 200, ServiceManagementXml.malformed());
            case XXE ->
                ServiceManagementHandler.send(exchange, requestId, 200, ServiceManagementXml.xxe(fault.entityUri()));
            case RETIRED_HTML_404 ->
                ServiceManagementHandler.sendBody(
                        exchange, requestId, 404, "text/html; charset=utf-8", ServiceManagementXml.retiredHtml());
            case RAW ->
                ServiceManagementHandler.sendBody(
                        exchange, requestId, fault.status(), fault.contentType(), fault.body());
            case OVERSIZED_BODY -> streamOversized(exchange, fault.size(), requestId);
            default -> throw new IllegalArgumentException("not an answering fault: " + fault);
        }
    }

    private static void streamOversized(HttpExchange exchange, long size, String requestId) throws IOException {
        ServiceManagementHandler.addStandardHeaders(exchange, requestId, XML);
        exchange.sendResponseHeaders(200, 0);
        SimulatedSubscription.Service service = new SimulatedSubscription.Service("padding", "West US", "Created");
        byte[] element = ServiceManagementXml.hostedService(
                        URI.create("https://localhost"), "00000000-0000-0000-0000-000000000000", service)
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(("<HostedServices xmlns=\"" + ServiceManagementXml.NAMESPACE + "\">")
                    .getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < size; written += element.length) {
                out.write(element);
            }
            out.write("</HostedServices>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The client stopped reading, as a client with a size limit should.
        }
    }
}
