package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.security.cert.X509Certificate;

/** Writes management certificates as .cer, PEM and PKCS#12. */
public final class CertificateExporter {

    private CertificateExporter() {}

    /** DER encoding, what the Azure portal takes. */
    public static byte[] toCer(X509Certificate certificate) {
        throw new UnsupportedOperationException();
    }

    /** PEM ({@code -----BEGIN CERTIFICATE-----}). */
    public static String toPemCertificate(X509Certificate certificate) {
        throw new UnsupportedOperationException();
    }

    /** Certificate(s) followed by the unencrypted PKCS#8 key, for curl, openssl and az. */
    public static String toPem(ManagementCertificate certificate) {
        throw new UnsupportedOperationException();
    }

    /** PKCS#12; a null or empty password gives a password-free .pfx. */
    public static byte[] toPkcs12(ManagementCertificate certificate, @CheckForNull char[] password,
            Pkcs12Encryption encryption) {
        throw new UnsupportedOperationException();
    }
}
