package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * A request the {@link ServiceManagementSimulator} received.
 *
 * @param method the HTTP method
 * @param path the request path, e.g. {@code /{subscription}/services/hostedservices}
 * @param version the {@code x-ms-version} header, or null
 * @param clientThumbprint the SHA-1 thumbprint (upper-case hex) of the client certificate, or null if none was sent
 * @param requestId the {@code x-ms-request-id} the simulator answered with
 */
public record RecordedRequest(
        String method,
        String path,
        @CheckForNull String version,
        @CheckForNull String clientThumbprint,
        String requestId) {}
