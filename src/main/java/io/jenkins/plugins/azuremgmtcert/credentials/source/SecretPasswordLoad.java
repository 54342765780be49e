package io.jenkins.plugins.azuremgmtcert.credentials.source;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import java.util.Arrays;

/**
 * Runs a domain load with the password of a {@link Secret}: the plain text lives in a {@code char[]} only for the
 * load and is cleared afterwards, and the domain's failure becomes the source's, with the same localised message.
 */
final class SecretPasswordLoad {
    private SecretPasswordLoad() {}

    /** A domain load that takes the password, {@code null} when there is none. */
    @FunctionalInterface
    interface Load {
        ManagementCertificate apply(@CheckForNull char[] password) throws ManagementCertificateException;
    }

    @NonNull
    static ManagementCertificate load(@CheckForNull Secret password, @NonNull Load load)
            throws CertificateSourceException {
        String text = Secret.toString(password);
        char[] chars = text.isEmpty() ? null : text.toCharArray();
        try {
            return load.apply(chars);
        } catch (ManagementCertificateException e) {
            throw new CertificateSourceException(e.getMessage(), e);
        } finally {
            if (chars != null) {
                Arrays.fill(chars, '\0');
            }
        }
    }
}
