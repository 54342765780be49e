package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import java.net.URI;
import java.util.Set;

/**
 * Adds a note about the retirement to failures that, for one of Azure's own Service Management hosts, may simply mean
 * the endpoint is gone (its name no longer resolves, or nothing listens): the user should not chase DNS or firewall
 * problems for an API that no longer exists.
 */
final class RetirementHint {

    private static final Set<FailureKind> GONE = Set.of(FailureKind.DNS_FAILURE, FailureKind.CONNECTION_REFUSED);

    private RetirementHint() {}

    static ConnectionResult addTo(ConnectionResult failure, URI requestUri) {
        FailureKind kind = failure.failureKind();
        if (kind == null || !GONE.contains(kind) || !isAzureServiceManagementHost(requestUri)) {
            return failure;
        }
        return ConnectionResult.failed(
                kind, failure.message() + " " + Messages.Answer_RetiredHost(requestUri.getHost()), failure.requestId());
    }

    private static boolean isAzureServiceManagementHost(URI uri) {
        for (AzureCloud cloud : AzureCloud.values()) {
            if (cloud.serviceManagementUrl().getHost().equalsIgnoreCase(uri.getHost())) {
                return true;
            }
        }
        return false;
    }
}
