package io.jenkins.plugins.azuremgmtcert.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentials;
import io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentialsImpl;
import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureAccount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Reads what a build needs from an Azure management certificate credential: the certificate with its key, through
 * the {@code StandardCertificateCredentials} contract ({@code getKeyStore()} opened with {@code getPassword()}, so any
 * implementation works), and the account's public facts.
 */
final class CertificateCredentialsAdapter {

    private CertificateCredentialsAdapter() {}

    /**
     * The management certificate of {@code credentials}.
     *
     * @throws AbortException with the certificate domain's message when the key store cannot be used
     */
    static ManagementCertificate certificate(AzureManagementCertificateCredentials credentials) throws AbortException {
        if (credentials instanceof AzureManagementCertificateCredentialsImpl impl && impl.getUnusableReason() != null) {
            // its Secret file could not be read for this build: say why rather than "no key in the keystore"
            throw new AbortException(impl.getUnusableReason());
        }
        char[] password = credentials.getPassword().getPlainText().toCharArray();
        try {
            ByteArrayOutputStream pkcs12 = new ByteArrayOutputStream();
            credentials.getKeyStore().store(pkcs12, password);
            return CertificateLoader.fromPkcs12(pkcs12.toByteArray(), password, null);
        } catch (ManagementCertificateException e) {
            throw new AbortException(
                    Messages.CertificateCredentialsAdapter_Unusable(credentials.getId(), e.getMessage()));
        } catch (GeneralSecurityException | IOException e) {
            throw new AbortException(Messages.CertificateCredentialsAdapter_Unusable(
                    credentials.getId(), e.getClass().getSimpleName()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The public facts of the account, with the certificate's {@code thumbprint}. The Entra ID authority is the
     * credential's custom one when it has custom Resource Manager endpoints, else given only for the sovereign clouds
     * (the credential's cloud); the Azure libraries default to the public cloud's. The cloud is none for custom
     * endpoints.
     */
    static AzureAccount account(AzureManagementCertificateCredentials credentials, String thumbprint) {
        boolean custom = hasCustomEndpoints(credentials);
        AzureCloud cloud = custom ? null : cloud(credentials);
        String authorityHost;
        if (custom) {
            authorityHost = credentials.getCustomAuthorityHost().trim();
        } else {
            authorityHost = cloud == null || cloud == AzureCloud.AZURE_PUBLIC
                    ? null
                    : cloud.authorityHost().toString();
        }
        return new AzureAccount(
                credentials.getSubscriptionId(),
                credentials.getServiceManagementUrl(),
                thumbprint,
                credentials.getTenantId(),
                credentials.getApplicationId(),
                authorityHost,
                cloud);
    }

    /** Only the pair counts, as for Test Connection: the credential refuses one without the other. */
    private static boolean hasCustomEndpoints(AzureManagementCertificateCredentials credentials) {
        return isSet(credentials.getCustomAuthorityHost()) && isSet(credentials.getCustomResourceManagerUrl());
    }

    private static boolean isSet(@CheckForNull String value) {
        return value != null && !value.isBlank();
    }

    @CheckForNull
    private static AzureCloud cloud(AzureManagementCertificateCredentials credentials) {
        try {
            return AzureCloud.valueOf(credentials.getCloud());
        } catch (IllegalArgumentException e) {
            return AzureCloud.fromServiceManagementUrl(credentials.getServiceManagementUrl())
                    .orElse(null);
        }
    }
}
