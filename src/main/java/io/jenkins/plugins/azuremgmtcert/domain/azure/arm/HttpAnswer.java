package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * A response read in full (at most 1 MiB): status, headers and the body as text. The body may hold a bearer token,
 * so {@link #toString()} leaves it out.
 */
record HttpAnswer(URI uri, int status, HttpHeaders headers, String body) {

    /** The first value of a header, or null. */
    @CheckForNull
    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** Resource Manager's correlation ID, else its request ID, else null. */
    @CheckForNull
    String requestId() {
        String correlation = header("x-ms-correlation-request-id");
        return correlation != null ? correlation : header("x-ms-request-id");
    }

    @Override
    public String toString() {
        return "HttpAnswer[" + status + " from " + uri + ", " + body.length() + " characters]";
    }
}
