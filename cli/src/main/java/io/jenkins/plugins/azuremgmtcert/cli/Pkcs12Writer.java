package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.nio.file.Path;
import java.util.Arrays;

/** Writes a .pfx with the output password options and {@code --legacy}, mode 0600, clearing the password. */
final class Pkcs12Writer {

    private final Pkcs12Encryption encryption;
    private final OutputFiles files;

    Pkcs12Writer(boolean legacy, OutputFiles files) {
        this.encryption = legacy ? Pkcs12Encryption.LEGACY : Pkcs12Encryption.MODERN;
        this.files = files;
    }

    /** Writes {@code certificate} to {@code target}; {@code password} (may be null) is cleared afterwards. */
    void write(ManagementCertificate certificate, char[] password, Path target) throws CommandFailure {
        byte[] pkcs12 = null;
        try {
            pkcs12 = CertificateExporter.toPkcs12(certificate, password, encryption);
            files.writeSecret(target, pkcs12);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            if (pkcs12 != null) {
                Arrays.fill(pkcs12, (byte) 0);
            }
        }
    }
}
