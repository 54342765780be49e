package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A management certificate with its private key: what Azure authenticates a client by (the certificate's SHA-1
 * thumbprint identifies it). Immutable. {@link #toString()} shows the subject and the SHA-1 thumbprint, never key
 * material.
 *
 * <p>{@link CertificateLoader} and {@link CertificateGenerator} only hand out RSA keys of at least 2048 bits.
 * {@link #of} accepts any key whose certificate it finds; check such instances with {@link CertificateValidator}.
 */
public final class ManagementCertificate {

    private final X509Certificate certificate;
    private final List<X509Certificate> chain;
    private final PrivateKey privateKey;

    private ManagementCertificate(List<X509Certificate> chain, PrivateKey privateKey) {
        this.certificate = chain.get(0);
        this.chain = List.copyOf(chain);
        this.privateKey = privateKey;
    }

    /**
     * Pairs a private key with the one certificate among {@code certificates} whose public key matches it; the other
     * certificates follow it in issuer order, in whatever order they were given.
     *
     * @throws ManagementCertificateException with {@link ManagementCertificateException.Reason#NO_MATCHING_CERTIFICATE}
     *     if no certificate belongs to the key, {@link ManagementCertificateException.Reason#CORRUPT} if the key is
     *     damaged (its signatures do not verify with the certificate)
     */
    public static ManagementCertificate of(PrivateKey privateKey, Collection<X509Certificate> certificates)
            throws ManagementCertificateException {
        Objects.requireNonNull(privateKey, "privateKey");
        List<X509Certificate> given = new ArrayList<>(certificates);
        if (given.isEmpty()) {
            throw new ManagementCertificateException(
                    ManagementCertificateException.Reason.NO_MATCHING_CERTIFICATE,
                    Messages.ManagementCertificate_NoCertificate());
        }
        X509Certificate leaf = given.stream()
                .filter(candidate -> KeyPairMatch.belongTogether(candidate.getPublicKey(), privateKey))
                .findFirst()
                .orElseThrow(() -> new ManagementCertificateException(
                        ManagementCertificateException.Reason.NO_MATCHING_CERTIFICATE,
                        Messages.ManagementCertificate_NoMatchingCertificate(given.size())));
        if (!KeyPairMatch.signatureVerifies(leaf.getPublicKey(), privateKey)) {
            throw new ManagementCertificateException(
                    ManagementCertificateException.Reason.CORRUPT, Messages.ManagementCertificate_DamagedKey());
        }
        return new ManagementCertificate(CertificateChainOrder.startingWith(leaf, given), privateKey);
    }

    /** The certificate whose public key matches {@link #privateKey()}. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The certificate first, then the rest of the chain (may be just the certificate). Unmodifiable. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The private key that belongs to {@link #certificate()}. */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /** What the UI and the CLI show about the certificate. */
    public CertificateDescription describe() {
        return CertificateDescription.of(certificate);
    }

    /** SHA-1 thumbprint of {@link #certificate()}, 40 upper-case hex characters. */
    public String thumbprintSha1() {
        return Thumbprints.sha1(certificate);
    }

    /** Subject and SHA-1 thumbprint only; never key material. */
    @Override
    public String toString() {
        return "ManagementCertificate[subject="
                + certificate.getSubjectX500Principal().getName() + ", thumbprintSha1=" + thumbprintSha1() + "]";
    }
}
