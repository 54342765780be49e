package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerEndpoints;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.net.URI;

/** The two Azure connection tests Test Connection runs; the domain clients in production, a fake in tests. */
public interface ConnectionTester {
    /** Get Subscription and List Hosted Services on the Service Management API, with the certificate for mutual TLS. */
    @NonNull
    ConnectionResult serviceManagement(
            @NonNull ConnectionSettings settings,
            @NonNull URI serviceManagementUrl,
            @NonNull String subscriptionId,
            @NonNull ManagementCertificate certificate);

    /**
     * Signs in to Entra ID as the application with the certificate, then reads the subscription from ARM; both at
     * {@code endpoints} (a cloud's, or the credential's custom ones).
     */
    @NonNull
    ConnectionResult resourceManager(
            @NonNull ConnectionSettings settings,
            @NonNull ResourceManagerEndpoints endpoints,
            @NonNull String tenantId,
            @NonNull String applicationId,
            @NonNull String subscriptionId,
            @NonNull ManagementCertificate certificate);
}
