package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateDescription;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Thumbprints;
import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Locale;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * Reads and describes a certificate without private key (a .cer in DER or PEM), which the domain rightly refuses as
 * a management certificate but which {@code inspect} and {@code export-cer} still show or pass on.
 */
final class PublicCertificates {

    private PublicCertificates() {}

    /** The first X.509 certificate in DER or PEM input, if the input is one. */
    static Optional<X509Certificate> read(byte[] data) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return factory.generateCertificates(new ByteArrayInputStream(data)).stream()
                    .filter(X509Certificate.class::isInstance)
                    .map(X509Certificate.class::cast)
                    .findFirst();
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The same facts {@code ManagementCertificate.describe()} gives for a certificate with key. */
    static CertificateDescription describe(X509Certificate certificate) {
        PublicKey key = certificate.getPublicKey();
        return new CertificateDescription(
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
                certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                key.getAlgorithm(),
                keySize(key),
                Thumbprints.sha1(certificate),
                Thumbprints.sha256(certificate));
    }

    private static int keySize(PublicKey key) {
        if (key instanceof RSAPublicKey) {
            return ((RSAPublicKey) key).getModulus().bitLength();
        }
        if (key instanceof ECPublicKey) {
            return ((ECPublicKey) key).getParams().getOrder().bitLength();
        }
        return 0;
    }
}
