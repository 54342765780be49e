package io.jenkins.plugins.azuremgmtcert.domain.files;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;

/**
 * The public facts about an Azure management certificate account that a build gets as variables. None is a secret.
 *
 * @param subscriptionId the subscription ID
 * @param serviceManagementUrl the Service Management endpoint, e.g. {@code https://management.core.windows.net}
 *     (no trailing slash, so {@code $AZURE_SERVICE_MANAGEMENT_URL/$AZURE_SUBSCRIPTION_ID} is a valid URL)
 * @param thumbprint the certificate's SHA-1 thumbprint, upper-case hex
 * @param tenantId the Entra ID tenant, when the certificate also signs in as a service principal; else null
 * @param clientId the application (client) ID of that service principal; else null
 * @param authorityHost the Entra ID authority: a custom one (Azure Stack Hub, a private cloud) or another cloud's;
 *     null for Azure's public cloud, the libraries' default
 * @param cloud the Azure cloud whose Resource Manager the service principal signs in to; null for custom endpoints
 *     (Azure Stack Hub, a private cloud) or a cloud the credential does not name
 */
public record AzureAccount(
        String subscriptionId,
        String serviceManagementUrl,
        String thumbprint,
        @CheckForNull String tenantId,
        @CheckForNull String clientId,
        @CheckForNull String authorityHost,
        @CheckForNull AzureCloud cloud) {

    /**
     * An account whose cloud follows from {@code authorityHost}: the public cloud without one, the cloud whose
     * authority it is, else none (a custom authority).
     */
    public AzureAccount(
            String subscriptionId,
            String serviceManagementUrl,
            String thumbprint,
            @CheckForNull String tenantId,
            @CheckForNull String clientId,
            @CheckForNull String authorityHost) {
        this(
                subscriptionId,
                serviceManagementUrl,
                thumbprint,
                tenantId,
                clientId,
                authorityHost,
                cloudOfAuthority(authorityHost));
    }

    /** Whether the Azure Identity variables apply: both the tenant and the client ID are set. */
    public boolean hasServicePrincipal() {
        return isSet(tenantId) && isSet(clientId);
    }

    static boolean isSet(@CheckForNull String value) {
        return value != null && !value.isBlank();
    }

    @CheckForNull
    private static AzureCloud cloudOfAuthority(@CheckForNull String authorityHost) {
        if (!isSet(authorityHost)) {
            return AzureCloud.AZURE_PUBLIC;
        }
        String host = authorityHost.trim();
        while (host.endsWith("/")) {
            host = host.substring(0, host.length() - 1);
        }
        for (AzureCloud cloud : AzureCloud.values()) {
            if (cloud.authorityHost().toString().equalsIgnoreCase(host)) {
                return cloud;
            }
        }
        return null;
    }
}
