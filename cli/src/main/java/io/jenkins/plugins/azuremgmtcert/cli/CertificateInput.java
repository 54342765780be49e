package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/** Loads the input certificate of {@code inspect}, {@code convert}, {@code export-cer} and {@code test} with its password. */
final class CertificateInput {

    private final byte[] data;

    private CertificateInput(byte[] data) {
        this.data = data;
    }

    static CertificateInput read(Path file) throws CommandFailure {
        return new CertificateInput(InputFiles.read(file));
    }

    /** The raw bytes, for the public-certificate fall-back. */
    byte[] data() {
        return data.clone();
    }

    /**
     * Loads a .pfx/.p12 or PEM with its private key; with an alias, a PKCS#12 entry by name. The password is read
     * from its source and cleared afterwards.
     */
    ManagementCertificate load(InputPasswordOptions passwords, Function<String, String> environment, String alias)
            throws CommandFailure, ManagementCertificateException {
        char[] password = passwords.read(environment);
        try {
            return alias == null ? load(password) : CertificateLoader.fromPkcs12(data, password, alias);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Loads a .pfx/.p12 or PEM with its private key; the password stays the caller's to clear. */
    ManagementCertificate load(char[] password) throws ManagementCertificateException {
        return CertificateLoader.load(data, password);
    }
}
