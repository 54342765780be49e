package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerClient;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerEndpoints;
import io.jenkins.plugins.azuremgmtcert.domain.azure.asm.ServiceManagementClient;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.net.URI;

/** Runs the connection tests with the domain's Service Management and Resource Manager clients. */
public final class AzureConnectionTester implements ConnectionTester {
    @NonNull
    @Override
    public ConnectionResult serviceManagement(
            @NonNull ConnectionSettings settings,
            @NonNull URI serviceManagementUrl,
            @NonNull String subscriptionId,
            @NonNull ManagementCertificate certificate) {
        return new ServiceManagementClient(settings).testConnection(serviceManagementUrl, subscriptionId, certificate);
    }

    @NonNull
    @Override
    public ConnectionResult resourceManager(
            @NonNull ConnectionSettings settings,
            @NonNull ResourceManagerEndpoints endpoints,
            @NonNull String tenantId,
            @NonNull String applicationId,
            @NonNull String subscriptionId,
            @NonNull ManagementCertificate certificate) {
        return new ResourceManagerClient(settings)
                .testConnection(endpoints, tenantId, applicationId, subscriptionId, certificate);
    }
}
