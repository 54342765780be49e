package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.util.List;

/**
 * The result of {@link CertificateValidator#validate}: errors make the certificate unusable (e.g. a key under 2048
 * bits, a non-RSA key); warnings do not (expired, not yet valid, expires within 30 days).
 *
 * @param errors localised messages that make the certificate unusable
 * @param warnings localised messages the user should see but that do not block use
 */
public record ValidationReport(List<String> errors, List<String> warnings) {

    /** Copies the lists so the report is immutable. */
    public ValidationReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Whether there are no errors. */
    public boolean usable() {
        return errors.isEmpty();
    }
}
