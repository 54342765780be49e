package io.jenkins.plugins.azuremgmtcert.domain.files;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a management certificate for a build: a new folder with a random name inside a parent folder (0700), and
 * in it {@value #PFX_FILE_NAME} (PKCS#12 with a fresh random password), {@value #PEM_FILE_NAME} (certificate and
 * PKCS#8 key) and {@value #CER_FILE_NAME} (DER), each 0400. File names are fixed and never built from user input.
 * If writing fails, whatever was written is deleted before the failure is thrown. Thread-safe.
 */
public final class CertificateMaterializer {

    /** Name of the PKCS#12 file. */
    public static final String PFX_FILE_NAME = "certificate.pfx";
    /** Name of the certificate + private key PEM file. */
    public static final String PEM_FILE_NAME = "certificate.pem";
    /** Name of the public certificate (DER) file. */
    public static final String CER_FILE_NAME = "certificate.cer";

    private static final int FOLDER_NAME_BYTES = 16;

    private final SecureRandom random;

    /** A materializer drawing folder names and passwords from a new {@link SecureRandom}. */
    public CertificateMaterializer() {
        this(new SecureRandom());
    }

    /** A materializer drawing folder names and passwords from {@code random}. */
    public CertificateMaterializer(SecureRandom random) {
        this.random = random;
    }

    /**
     * Exports {@code certificate} with a new random PKCS#12 password and writes it into a new folder in {@code
     * parent}.
     */
    public MaterializedCertificate materialize(ManagementCertificate certificate, SecretDirectory parent)
            throws IOException, InterruptedException {
        return materialize(CertificateFileSet.export(certificate, random), parent);
    }

    /** Writes {@code files} into a new folder with a random name in {@code parent}, which must exist. */
    public MaterializedCertificate materialize(CertificateFileSet files, SecretDirectory parent)
            throws IOException, InterruptedException {
        return materialize(files, parent, newFolderName());
    }

    /**
     * Writes {@code files} into the new folder {@code folderName} (from {@link #newFolderName()}) in {@code parent},
     * which must exist; for a caller that records the name before anything is written, so that it can delete the
     * folder even if it is cut off while writing.
     *
     * @throws java.nio.file.FileAlreadyExistsException or another {@link IOException} if the folder exists
     */
    public MaterializedCertificate materialize(CertificateFileSet files, SecretDirectory parent, String folderName)
            throws IOException, InterruptedException {
        SecretDirectory folder = parent.createPrivateDirectory(folderName);
        try {
            String pfx = folder.createPrivateFile(PFX_FILE_NAME, files.pfx());
            String pem = folder.createPrivateFile(PEM_FILE_NAME, files.pem());
            String cer = folder.createPrivateFile(CER_FILE_NAME, files.cer());
            return new MaterializedCertificate(folder, folderName, pfx, files.pfxPassword(), pem, cer);
        } catch (IOException | InterruptedException | RuntimeException e) {
            try {
                SecretDirectoryRemover.deleteRecursively(folder);
            } catch (IOException | InterruptedException cleanupFailure) {
                e.addSuppressed(cleanupFailure);
            }
            throw e;
        }
    }

    /** A new random folder name: 32 lower-case hexadecimal digits. */
    public String newFolderName() {
        byte[] bytes = new byte[FOLDER_NAME_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
