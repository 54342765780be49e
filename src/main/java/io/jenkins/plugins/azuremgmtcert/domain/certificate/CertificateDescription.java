package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Locale;

/**
 * What the UI and CLI show about a management certificate.
 *
 * @param subject the subject distinguished name (RFC 2253)
 * @param issuer the issuer distinguished name (RFC 2253)
 * @param serialNumber the serial number, upper-case hex
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param keyAlgorithm the public key's algorithm, e.g. {@code RSA}
 * @param keySize the key size in bits, 0 if unknown
 * @param thumbprintSha1 SHA-1 thumbprint, 40 upper-case hex characters
 * @param thumbprintSha256 SHA-256 thumbprint, 64 upper-case hex characters
 */
public record CertificateDescription(
        String subject,
        String issuer,
        String serialNumber,
        Instant notBefore,
        Instant notAfter,
        String keyAlgorithm,
        int keySize,
        String thumbprintSha1,
        String thumbprintSha256) {

    /** Describes any X.509 certificate. */
    public static CertificateDescription of(X509Certificate certificate) {
        return new CertificateDescription(
                certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(),
                certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                certificate.getPublicKey().getAlgorithm(),
                KeyRequirements.keySize(certificate.getPublicKey()),
                Thumbprints.sha1(certificate),
                Thumbprints.sha256(certificate));
    }
}
