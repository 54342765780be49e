package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a management certificate. Errors make it unusable: a non-RSA key or an RSA key under 2048 bits (the
 * loader already refuses those; the validator repeats them for certificates built with
 * {@link ManagementCertificate#of}). Warnings do not: expired, not yet valid, or expiring within 30 days. Azure
 * reportedly did not enforce expiry, but the user should renew anyway.
 */
public final class CertificateValidator {

    /** A certificate that expires sooner than this gets a warning. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private CertificateValidator() {}

    /** Validates the certificate at the clock's current instant. */
    public static ValidationReport validate(ManagementCertificate certificate, Clock clock) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String keyProblem = KeyRequirements.problemWith(certificate.privateKey());
        if (keyProblem != null) {
            errors.add(keyProblem);
        }
        X509Certificate x509 = certificate.certificate();
        Instant now = clock.instant();
        Instant notBefore = x509.getNotBefore().toInstant();
        Instant notAfter = x509.getNotAfter().toInstant();
        if (now.isAfter(notAfter)) {
            warnings.add(Messages.CertificateValidator_Expired(DATE.format(notAfter)));
        } else if (now.isBefore(notBefore)) {
            warnings.add(Messages.CertificateValidator_NotYetValid(DATE.format(notBefore)));
        } else if (now.plus(EXPIRY_WARNING).isAfter(notAfter)) {
            long days = Duration.between(now, notAfter).toDays();
            warnings.add(Messages.CertificateValidator_ExpiresSoon(DATE.format(notAfter), days));
        }
        return new ValidationReport(errors, warnings);
    }
}
