package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Reads management certificates from PKCS#12 and PEM input. */
public final class CertificateLoader {

    private CertificateLoader() {}

    /** Auto-detects PKCS#12 (DER), PEM text (cert + key in one file), or a lone DER/PEM certificate. */
    public static ManagementCertificate load(byte[] data, @CheckForNull char[] password)
            throws ManagementCertificateException {
        throw new UnsupportedOperationException();
    }

    /** Reads PKCS#12; a null or empty password tries the empty and the "null" password; alias null: the key entry. */
    public static ManagementCertificate fromPkcs12(byte[] data, @CheckForNull char[] password,
            @CheckForNull String alias) throws ManagementCertificateException {
        throw new UnsupportedOperationException();
    }

    /** PEM with certificate(s) and private key in one text (PKCS#1, PKCS#8 or encrypted PKCS#8). */
    public static ManagementCertificate fromPem(String pem, @CheckForNull char[] keyPassword)
            throws ManagementCertificateException {
        throw new UnsupportedOperationException();
    }

    /** Certificate(s) and key in two texts. */
    public static ManagementCertificate fromPem(String certificatePem, String privateKeyPem,
            @CheckForNull char[] keyPassword) throws ManagementCertificateException {
        throw new UnsupportedOperationException();
    }
}
