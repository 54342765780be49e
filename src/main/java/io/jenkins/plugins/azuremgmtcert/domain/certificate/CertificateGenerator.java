package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.time.Clock;
import java.time.Duration;

/** Creates self-signed management certificates; a builder with secure defaults. */
public final class CertificateGenerator {

    private CertificateGenerator() {}

    /** A generator for the subject {@code CN=Jenkins - {name}}, escaped per RFC 4514. */
    public static CertificateGenerator forName(String name) {
        throw new UnsupportedOperationException();
    }

    /** RSA key size: 2048 (default), 3072 or 4096. */
    public CertificateGenerator keySize(int bits) {
        throw new UnsupportedOperationException();
    }

    /** Validity from now; default 730 days; must be positive. */
    public CertificateGenerator validity(Duration validity) {
        throw new UnsupportedOperationException();
    }

    /** The clock that says when "now" is; default {@link Clock#systemUTC()}. */
    public CertificateGenerator clock(Clock clock) {
        throw new UnsupportedOperationException();
    }

    /** Generates a new key pair and a self-signed certificate. */
    public ManagementCertificate generate() {
        throw new UnsupportedOperationException();
    }
}
