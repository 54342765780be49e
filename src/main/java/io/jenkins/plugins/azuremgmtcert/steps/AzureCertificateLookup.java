package io.jenkins.plugins.azuremgmtcert.steps;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentials;

/**
 * Finds the credential a build asks for, the way credentials-binding does: {@link
 * CredentialsProvider#findCredentialById} (which honours credentials parameters and the build's authentication),
 * then {@link CredentialsProvider#track}, then a type check.
 */
final class AzureCertificateLookup {

    private AzureCertificateLookup() {}

    /**
     * The Azure management certificate credential {@code credentialsId}, tracked as used by {@code build}.
     *
     * @throws AzureCertificateNotFoundException if there is none or it has another type
     */
    static AzureManagementCertificateCredentials find(@CheckForNull String credentialsId, Run<?, ?> build)
            throws AzureCertificateNotFoundException {
        if (credentialsId == null || credentialsId.isBlank()) {
            throw new AzureCertificateNotFoundException(Messages.AzureCertificateLookup_NoId());
        }
        IdCredentials found = CredentialsProvider.findCredentialById(credentialsId, IdCredentials.class, build);
        AzureManagementCertificateCredentials credentials = checkType(credentialsId, found);
        CredentialsProvider.track(build, credentials);
        return credentials;
    }

    /** {@code found} as a certificate credential, or the exception that explains why it is not one. */
    static AzureManagementCertificateCredentials checkType(String credentialsId, @CheckForNull IdCredentials found)
            throws AzureCertificateNotFoundException {
        if (found == null) {
            throw new AzureCertificateNotFoundException(Messages.AzureCertificateLookup_NotFound(credentialsId));
        }
        if (!(found instanceof AzureManagementCertificateCredentials azure)) {
            throw new AzureCertificateNotFoundException(Messages.AzureCertificateLookup_WrongType(
                    credentialsId, found.getClass().getSimpleName()));
        }
        return azure;
    }
}
