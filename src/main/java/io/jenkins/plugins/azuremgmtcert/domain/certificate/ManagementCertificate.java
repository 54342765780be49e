package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A management certificate with its private key. Immutable. {@link #toString()} shows the subject and the SHA-1
 * thumbprint, never key material.
 */
public final class ManagementCertificate {

    private ManagementCertificate() {
        throw new UnsupportedOperationException();
    }

    /** The certificate whose public key matches {@link #privateKey()}. */
    public X509Certificate certificate() {
        throw new UnsupportedOperationException();
    }

    /** The certificate first, then the rest of the chain (may be just the certificate). */
    public List<X509Certificate> chain() {
        throw new UnsupportedOperationException();
    }

    /** The private key that belongs to {@link #certificate()}. */
    public PrivateKey privateKey() {
        throw new UnsupportedOperationException();
    }

    /** What the UI and the CLI show about the certificate. */
    public CertificateDescription describe() {
        throw new UnsupportedOperationException();
    }

    /** SHA-1 thumbprint of {@link #certificate()}, 40 upper-case hex characters. */
    public String thumbprintSha1() {
        throw new UnsupportedOperationException();
    }
}
