package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.NameWith;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * An Azure management certificate: a subscription ID plus an X.509 certificate with its RSA private key, usable for
 * the Service Management API (mutual TLS) and, as the credential of an Entra ID application, for Resource Manager.
 * As a {@link StandardCertificateCredentials} it works wherever certificate credentials do, e.g.
 * {@code withCredentials([certificate(...)])}: {@link #getKeyStore()} is a PKCS#12 keystore that opens with
 * {@link #getPassword()}.
 */
@NameWith(value = AzureManagementCertificateCredentials.NameProvider.class, priority = 16)
public interface AzureManagementCertificateCredentials extends StandardCertificateCredentials {
    /** The subscription ID, a GUID. Not a secret. */
    @NonNull
    String getSubscriptionId();

    /**
     * The Azure cloud by name: {@code AZURE_PUBLIC}, {@code AZURE_CHINA} or {@code AZURE_US_GOVERNMENT} (see
     * {@link io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud} for its endpoints).
     */
    @NonNull
    String getCloud();

    /**
     * The Service Management base URL in effect, without a trailing slash: the custom one if set, otherwise the
     * cloud's (e.g. {@code https://management.core.windows.net}).
     */
    @NonNull
    String getServiceManagementUrl();

    /** The Entra ID tenant (directory ID or domain) for Resource Manager, or {@code null} if not configured. */
    @CheckForNull
    String getTenantId();

    /** The application (client) ID for Resource Manager, or {@code null} if not configured. */
    @CheckForNull
    String getApplicationId();

    /**
     * The Entra ID authority that replaces the cloud's for Resource Manager (Azure Stack Hub, a private cloud), e.g.
     * {@code https://login.microsoftonline.com}, without a trailing slash; or {@code null} for the cloud's. Set
     * together with {@link #getCustomResourceManagerUrl()}.
     */
    @CheckForNull
    default String getCustomAuthorityHost() {
        return null;
    }

    /**
     * The Resource Manager URL that replaces the cloud's, e.g. {@code https://management.local.azurestack.external},
     * without a trailing slash; or {@code null} for the cloud's. Set together with {@link #getCustomAuthorityHost()}.
     */
    @CheckForNull
    default String getCustomResourceManagerUrl() {
        return null;
    }

    /**
     * The certificate's SHA-1 thumbprint, 40 upper-case hex digits, as the Azure portal shows it.
     *
     * @throws IllegalStateException if the stored certificate cannot be read (e.g. credentials copied from another
     *     controller), with a message that says what to do
     */
    @NonNull
    String getThumbprint();

    /**
     * Names the credential after its description (or ID), subscription and thumbprint. A credential whose certificate
     * cannot be read is named as such: the name is shown in every credential list, which must not fail for one.
     */
    class NameProvider extends CredentialsNameProvider<AzureManagementCertificateCredentials> {
        @NonNull
        @Override
        public String getName(@NonNull AzureManagementCertificateCredentials c) {
            String label = c.getDescription().isBlank()
                    ? c.getId()
                    : c.getDescription().trim();
            String thumbprint;
            try {
                thumbprint = c.getThumbprint();
            } catch (IllegalStateException e) {
                if (c instanceof AzureManagementCertificateCredentialsImpl impl
                        && impl.getSecretFileCredentialsId() != null) {
                    // read where it is used: a build may see a Secret file that Jenkins' own context does not
                    return Messages.AzureManagementCertificateCredentials_NameSecretFile(
                            label, c.getSubscriptionId(), impl.getSecretFileCredentialsId());
                }
                return Messages.AzureManagementCertificateCredentials_NameUnreadable(label, c.getSubscriptionId());
            }
            return Messages.AzureManagementCertificateCredentials_Name(label, c.getSubscriptionId(), thumbprint);
        }
    }
}
