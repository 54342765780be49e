package io.jenkins.plugins.azuremgmtcert.domain.azure;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Objects;

/**
 * A cloud service (classic) as Service Management lists it.
 *
 * @param name the service name, the DNS prefix of {@code name.cloudapp.net}
 * @param location the region, or null when the service is in an affinity group
 * @param status e.g. {@code Created}; null when the response has none
 */
public record HostedService(
        String name,
        @CheckForNull String location,
        @CheckForNull String status) {

    /** Requires a name. */
    public HostedService {
        Objects.requireNonNull(name, "name");
    }
}
