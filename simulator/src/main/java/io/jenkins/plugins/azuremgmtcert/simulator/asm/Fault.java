package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A misbehaviour the {@link ServiceManagementSimulator} shows for one request instead of (or before) its normal
 * answer. Create with the factory methods; queue with {@link ServiceManagementSimulator#injectFault}.
 */
public final class Fault {

    /** What the simulator does. */
    public enum Kind {
        /** Wait, then answer normally. */
        DELAY,
        /** Close the connection without answering. */
        DROP_CONNECTION,
        /** Answer with a Service Management {@code <Error>} body and the given status. */
        ERROR,
        /** Answer 200 with XML that is not well-formed. */
        MALFORMED_XML,
        /** Answer 200 with a well-formed body larger than 1 MiB. */
        OVERSIZED_BODY,
        /** Answer 200 with a DOCTYPE that declares an external entity and uses it. */
        XXE,
        /** Answer 404 with an HTML page, as a retired or foreign endpoint would. */
        RETIRED_HTML_404,
        /** Answer with any status, content type and body. */
        RAW
    }

    private final Kind kind;
    private final Duration delay;
    private final int status;
    private final String errorCode;
    private final String body;
    private final String contentType;
    private final Integer retryAfterSeconds;
    private final URI entityUri;
    private final long size;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Fault(
            Kind kind,
            Duration delay,
            int status,
            String errorCode,
            String body,
            String contentType,
            Integer retryAfterSeconds,
            URI entityUri,
            long size) {
        this.kind = kind;
        this.delay = delay;
        this.status = status;
        this.errorCode = errorCode;
        this.body = body;
        this.contentType = contentType;
        this.retryAfterSeconds = retryAfterSeconds;
        this.entityUri = entityUri;
        this.size = size;
    }

    /** Waits {@code delay}, then answers normally. */
    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, Objects.requireNonNull(delay), 0, null, null, null, null, null, 0);
    }

    /** Closes the connection without sending a response. */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, null, 0, null, null, null, null, null, 0);
    }

    /** A Service Management error: {@code <Error><Code>code</Code><Message>message</Message></Error>}. */
    public static Fault error(int status, String code, String message) {
        return new Fault(
                Kind.ERROR,
                null,
                status,
                Objects.requireNonNull(code),
                Objects.requireNonNull(message),
                null,
                null,
                null,
                0);
    }

    /** A 500 {@code InternalError}, as documented. */
    public static Fault internalError() {
        return error(500, "InternalError", "The server encountered an internal error. Please retry the request.");
    }

    /** A 429 {@code TooManyRequests} with the given {@code Retry-After} seconds (null: no header). */
    public static Fault tooManyRequests(Integer retryAfterSeconds) {
        return new Fault(
                Kind.ERROR,
                null,
                429,
                "TooManyRequests",
                "Too many requests received. Retry after some time.",
                null,
                retryAfterSeconds,
                null,
                0);
    }

    /** A 503 {@code ServerBusy} with the given {@code Retry-After} seconds (null: no header). */
    public static Fault serverBusy(Integer retryAfterSeconds) {
        return new Fault(
                Kind.ERROR,
                null,
                503,
                "ServerBusy",
                "The server (or an internal component) is busy.",
                null,
                retryAfterSeconds,
                null,
                0);
    }

    /** 200 with a body that is cut off in the middle of an element. */
    public static Fault malformedXml() {
        return new Fault(Kind.MALFORMED_XML, null, 200, null, null, null, null, null, 0);
    }

    /** 200 with a well-formed body of at least {@code bytes} bytes, streamed without a Content-Length. */
    public static Fault oversizedBody(long bytes) {
        return new Fault(Kind.OVERSIZED_BODY, null, 200, null, null, null, null, null, bytes);
    }

    /** 200 with {@code <!DOCTYPE … [<!ENTITY xxe SYSTEM "entityUri">]>} and {@code &xxe;} in the name element. */
    public static Fault xxe(URI entityUri) {
        return new Fault(Kind.XXE, null, 200, null, null, null, null, Objects.requireNonNull(entityUri), 0);
    }

    /** 404 with a {@code text/html} page, like an endpoint that no longer serves Service Management. */
    public static Fault retiredHtml404() {
        return new Fault(Kind.RETIRED_HTML_404, null, 404, null, null, null, null, null, 0);
    }

    /** Any status with any body, e.g. a JSON error from a Resource Manager endpoint. */
    public static Fault raw(int status, String contentType, String body) {
        return new Fault(
                Kind.RAW,
                null,
                status,
                null,
                Objects.requireNonNull(body),
                Objects.requireNonNull(contentType),
                null,
                null,
                0);
    }

    /** A copy that also sends the given response header, e.g. a {@code WWW-Authenticate} challenge. */
    public Fault withHeader(String name, String value) {
        Fault copy = new Fault(kind, delay, status, errorCode, body, contentType, retryAfterSeconds, entityUri, size);
        copy.headers.putAll(headers);
        copy.headers.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return copy;
    }

    /** The kind of misbehaviour. */
    public Kind kind() {
        return kind;
    }

    Duration delayDuration() {
        return delay;
    }

    int status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }

    String body() {
        return body;
    }

    String contentType() {
        return contentType;
    }

    Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    URI entityUri() {
        return entityUri;
    }

    long size() {
        return size;
    }

    Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (status == 0 ? "" : " " + status) + (errorCode == null ? "" : " " + errorCode) + "]";
    }
}
