package io.jenkins.plugins.azuremgmtcert.domain.files;

import java.io.IOException;

/**
 * A certificate written to a private folder by {@link CertificateMaterializer}: where its files are, and the PKCS#12
 * password. {@link #close()} deletes the folder; it may be called more than once. {@link #toString()} never shows the
 * password.
 */
public final class MaterializedCertificate implements AutoCloseable {

    private final SecretDirectory folder;
    private final String folderName;
    private final String pfxPath;
    private final String pfxPassword;
    private final String pemPath;
    private final String cerPath;

    MaterializedCertificate(
            SecretDirectory folder,
            String folderName,
            String pfxPath,
            String pfxPassword,
            String pemPath,
            String cerPath) {
        this.folder = folder;
        this.folderName = folderName;
        this.pfxPath = pfxPath;
        this.pfxPassword = pfxPassword;
        this.pemPath = pemPath;
        this.cerPath = cerPath;
    }

    /** The absolute path of the private folder that holds the three files. */
    public String folderPath() {
        return folder.path();
    }

    /** The random name of the private folder inside the parent folder; enough to find it again after a restart. */
    public String folderName() {
        return folderName;
    }

    /** Path of {@value CertificateMaterializer#PFX_FILE_NAME}, the PKCS#12 file. */
    public String pfxPath() {
        return pfxPath;
    }

    /** The password of the PKCS#12 file: a secret. */
    public String pfxPassword() {
        return pfxPassword;
    }

    /** Path of {@value CertificateMaterializer#PEM_FILE_NAME}: certificate(s) and unencrypted PKCS#8 key. */
    public String pemPath() {
        return pemPath;
    }

    /** Path of {@value CertificateMaterializer#CER_FILE_NAME}: the public certificate, DER. */
    public String cerPath() {
        return cerPath;
    }

    /**
     * Deletes the folder and everything in it; does nothing if it is already gone.
     *
     * @throws IOException the first entry that could not be deleted, with the others suppressed
     */
    @Override
    public void close() throws IOException, InterruptedException {
        SecretDirectoryRemover.deleteRecursively(folder);
    }

    @Override
    public String toString() {
        return "MaterializedCertificate[" + folder.path() + "]";
    }
}
