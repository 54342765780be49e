package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.time.Clock;

/** Checks a management certificate: errors make it unusable, warnings do not. */
public final class CertificateValidator {

    private CertificateValidator() {}

    /** Validates the certificate at the clock's current instant. */
    public static ValidationReport validate(ManagementCertificate certificate, Clock clock) {
        throw new UnsupportedOperationException();
    }
}
