package io.jenkins.plugins.azuremgmtcert.credentials;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerEndpoints;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** A connection tester that answers with set results and records what it was asked. */
final class RecordingConnectionTester implements ConnectionTester {
    final List<String> calls = new ArrayList<>();
    ConnectionResult serviceManagementResult;
    /** Answers for particular certificates (by SHA-1 thumbprint), before {@link #serviceManagementResult}. */
    final java.util.Map<String, ConnectionResult> serviceManagementByThumbprint = new java.util.HashMap<>();

    ConnectionResult resourceManagerResult;

    @Override
    public ConnectionResult serviceManagement(
            ConnectionSettings settings,
            URI serviceManagementUrl,
            String subscriptionId,
            ManagementCertificate certificate) {
        calls.add("asm " + serviceManagementUrl + " " + subscriptionId + " " + certificate.thumbprintSha1());
        return serviceManagementByThumbprint.getOrDefault(certificate.thumbprintSha1(), serviceManagementResult);
    }

    @Override
    public ConnectionResult resourceManager(
            ConnectionSettings settings,
            ResourceManagerEndpoints endpoints,
            String tenantId,
            String applicationId,
            String subscriptionId,
            ManagementCertificate certificate) {
        calls.add("arm " + endpoints.authority() + " " + endpoints.resourceManager() + " " + tenantId + " "
                + applicationId + " " + subscriptionId);
        return resourceManagerResult;
    }
}
