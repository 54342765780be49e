package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateDescription;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateValidator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ValidationReport;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What the form shows about a management certificate: subject, SHA-1 thumbprint, expiry, validator findings. */
public final class CertificateSummary {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final ManagementCertificate certificate;
    private final CertificateDescription description;

    private CertificateSummary(ManagementCertificate certificate) {
        this.certificate = certificate;
        this.description = certificate.describe();
    }

    /** Summarises a certificate. */
    @NonNull
    public static CertificateSummary of(@NonNull ManagementCertificate certificate) {
        return new CertificateSummary(certificate);
    }

    /** The subject distinguished name. */
    @NonNull
    public String subject() {
        return description.subject();
    }

    /** The SHA-1 thumbprint, 40 upper-case hex digits, as the Azure portal shows it. */
    @NonNull
    public String thumbprint() {
        return description.thumbprintSha1();
    }

    /** The end of validity. */
    @NonNull
    public java.time.Instant notAfter() {
        return description.notAfter();
    }

    /** The last day of validity, {@code yyyy-MM-dd} (UTC). */
    @NonNull
    public String expiry() {
        return DATE.format(description.notAfter());
    }

    /** One line: subject, thumbprint and expiry. */
    @NonNull
    public String line() {
        return Messages.CertificateSummary_Line(subject(), thumbprint(), expiry());
    }

    /** The line as OK, followed by the validator's warnings and errors (expired, expiring soon, too weak). */
    @NonNull
    public FormValidation toFormValidation(@NonNull Clock clock) {
        ValidationReport report = CertificateValidator.validate(certificate, clock);
        List<FormValidation> all = new ArrayList<>();
        all.add(FormValidation.ok(line()));
        report.warnings().forEach(w -> all.add(FormValidation.warning(w)));
        report.errors().forEach(e -> all.add(FormValidation.error(e)));
        return FormValidation.aggregate(all);
    }
}
