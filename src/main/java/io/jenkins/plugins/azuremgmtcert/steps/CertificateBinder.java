package io.jenkins.plugins.azuremgmtcert.steps;

import hudson.FilePath;
import io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentials;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureAccount;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureEnvironmentVariables;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;
import io.jenkins.plugins.azuremgmtcert.domain.files.CertificateFileSet;
import io.jenkins.plugins.azuremgmtcert.domain.files.CertificateMaterializer;
import io.jenkins.plugins.azuremgmtcert.domain.files.MaterializedCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.files.SecretDirectoryRemover;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * What the step and the freestyle wrapper share: write a credential's certificate into a private folder beside the
 * workspace and compute the variables; later, delete that folder. The domain does the work; this class only adapts
 * the credential and the {@link FilePath}.
 */
final class CertificateBinder {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** What {@link CertificateMaterializer} names folders; a stored name is checked before anything is deleted. */
    private static final Pattern FOLDER_NAME = Pattern.compile("[0-9a-f]{32}");

    private CertificateBinder() {}

    /**
     * Writes the certificate of {@code credentials} for a build whose workspace is {@code workspace}, the {@code .pfx}
     * in the format {@code encryption}.
     */
    static BoundCertificate bind(
            AzureManagementCertificateCredentials credentials,
            FilePath workspace,
            AzureVariableNames names,
            Pkcs12Encryption encryption)
            throws IOException, InterruptedException {
        return bind(credentials, workspace, names, encryption, newFolderName());
    }

    /** A new name for a certificate folder, for a caller that records it before {@link #bind} writes anything. */
    static String newFolderName() {
        return new CertificateMaterializer(RANDOM).newFolderName();
    }

    /** As {@link #bind(AzureManagementCertificateCredentials, FilePath, AzureVariableNames, Pkcs12Encryption)}, into {@code folderName}. */
    static BoundCertificate bind(
            AzureManagementCertificateCredentials credentials,
            FilePath workspace,
            AzureVariableNames names,
            Pkcs12Encryption encryption,
            String folderName)
            throws IOException, InterruptedException {
        checkFolderName(folderName);
        ManagementCertificate certificate = CertificateCredentialsAdapter.certificate(credentials);
        String thumbprint = certificate.thumbprintSha1();
        AzureAccount account = CertificateCredentialsAdapter.account(credentials, thumbprint);
        CertificateFileSet files = CertificateFileSet.export(certificate, RANDOM, encryption);
        // All that can fail for want of a usable credential fails here, before any file exists.
        MaterializedCertificate written = new CertificateMaterializer(RANDOM)
                .materialize(files, FilePathSecretDirectory.parentFor(workspace), folderName);
        AzureEnvironmentVariables variables = AzureEnvironmentVariables.of(names, account, written);
        return new BoundCertificate(variables, written.folderName(), thumbprint);
    }

    /** The names of the masked variables, for the log: {@code $AZURE_CERTIFICATE_PASSWORD, …}. */
    static String maskedNames(AzureEnvironmentVariables variables) {
        return "$" + String.join(", $", variables.secretValues().keySet());
    }

    /**
     * Deletes the folder {@code folderName} beside {@code workspace} and everything in it, then the folder of
     * certificate folders if it is empty; nothing if they are gone.
     *
     * @throws IOException the first entry that could not be deleted, the others suppressed
     */
    static void unbind(FilePath workspace, String folderName) throws IOException, InterruptedException {
        checkFolderName(folderName);
        FilePath folder = FilePathSecretDirectory.parentPath(workspace).child(folderName);
        SecretDirectoryRemover.deleteRecursively(new FilePathSecretDirectory(folder));
        FilePathSecretDirectory.deleteParentIfEmpty(workspace);
    }

    private static void checkFolderName(String folderName) {
        if (!FOLDER_NAME.matcher(folderName).matches()) {
            throw new IllegalArgumentException("not a folder name this plugin made: " + folderName);
        }
    }
}
