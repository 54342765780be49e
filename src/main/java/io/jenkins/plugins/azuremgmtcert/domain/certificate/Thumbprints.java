package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * Certificate thumbprints as Azure shows them: the hash of the DER encoding, upper-case hex without separators
 * (40 characters for SHA-1, the one the Azure portal lists under Management certificates).
 */
public final class Thumbprints {

    private Thumbprints() {}

    /** SHA-1 thumbprint, 40 upper-case hex characters. */
    public static String sha1(X509Certificate certificate) {
        return digest("SHA-1", certificate);
    }

    /** SHA-256 thumbprint, 64 upper-case hex characters. */
    public static String sha256(X509Certificate certificate) {
        return digest("SHA-256", certificate);
    }

    private static String digest(String algorithm, X509Certificate certificate) {
        try {
            byte[] hash = MessageDigest.getInstance(algorithm).digest(certificate.getEncoded());
            return HexFormat.of().withUpperCase().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is a mandatory JDK algorithm", e);
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate has no DER encoding", e);
        }
    }
}
