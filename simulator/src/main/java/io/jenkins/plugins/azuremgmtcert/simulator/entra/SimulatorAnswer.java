package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Writes the simulator's answers with the headers Entra ID and Resource Manager send. */
final class SimulatorAnswer {

    private SimulatorAnswer() {}

    /** A JSON answer with fresh {@code x-ms-request-id} and {@code x-ms-correlation-request-id}; returns the latter. */
    static String json(HttpExchange exchange, int status, String body) throws IOException {
        String correlationId = UUID.randomUUID().toString();
        exchange.getResponseHeaders().set("x-ms-request-id", UUID.randomUUID().toString());
        exchange.getResponseHeaders().set("x-ms-correlation-request-id", correlationId);
        send(exchange, status, "application/json; charset=utf-8", body);
        return correlationId;
    }

    /** Resource Manager's error shape: {@code {"error":{"code":…,"message":…}}}. */
    static void armError(HttpExchange exchange, int status, String code, String message) throws IOException {
        json(
                exchange,
                status,
                "{\"error\":{\"code\":" + FlatJson.quote(code) + ",\"message\":" + FlatJson.quote(message) + "}}");
    }

    /** Entra ID's OAuth error shape, with the AADSTS code, trace and correlation IDs. */
    static void entraError(HttpExchange exchange, EntraRejection rejection, String timestamp) throws IOException {
        String traceId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        String description = rejection.getMessage() + " Trace ID: " + traceId + " Correlation ID: " + correlationId
                + " Timestamp: " + timestamp;
        exchange.getResponseHeaders().set("x-ms-request-id", traceId);
        send(
                exchange,
                rejection.status(),
                "application/json; charset=utf-8",
                "{\"error\":"
                        + FlatJson.quote(rejection.error()) + ",\"error_description\":" + FlatJson.quote(description)
                        + ",\"error_codes\":[" + rejection.code() + "],\"timestamp\":" + FlatJson.quote(timestamp)
                        + ",\"trace_id\":" + FlatJson.quote(traceId) + ",\"correlation_id\":"
                        + FlatJson.quote(correlationId)
                        + ",\"error_uri\":"
                        + FlatJson.quote("https://login.microsoftonline.com/error?code=" + rejection.code())
                        + "}");
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store, no-cache");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
