package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Picks, among saved credentials, the certificates that expired or expire within {@link #WINDOW}. */
final class ExpiringCertificates {
    /** How long before expiry a certificate is listed. */
    static final Duration WINDOW = Duration.ofDays(30);

    private static final Logger LOGGER = Logger.getLogger(ExpiringCertificates.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** A saved credential and where it can be edited. */
    record Saved(
            @NonNull AzureManagementCertificateCredentialsImpl credential,
            @CheckForNull String url) {}

    private ExpiringCertificates() {}

    /** The expired and soon-expiring ones, soonest first; unreadable credentials are skipped (and logged by ID). */
    @NonNull
    static List<ExpiringCertificate> find(@NonNull Iterable<Saved> saved, @NonNull Clock clock) {
        Instant now = clock.instant();
        List<ExpiringCertificate> found = new ArrayList<>();
        for (Saved s : saved) {
            ManagementCertificate certificate;
            try {
                certificate = s.credential().certificate();
            } catch (IllegalStateException e) {
                LOGGER.log(
                        Level.FINE,
                        "Skipping credential {0}: its certificate cannot be read",
                        s.credential().getId());
                continue;
            }
            Instant notAfter = certificate.certificate().getNotAfter().toInstant();
            if (notAfter.isBefore(now.plus(WINDOW))) {
                CertificateSlot next = s.credential().getNextCertificate();
                CertificateSummary nextSummary = s.credential().getNextCertificateSummary();
                Instant tested = next == null ? null : next.getTestedAt();
                found.add(new ExpiringCertificate(
                        new AzureManagementCertificateCredentials.NameProvider().getName(s.credential()),
                        certificate.thumbprintSha1(),
                        DATE.format(notAfter),
                        notAfter.isBefore(now),
                        s.url(),
                        next == null ? null : nextSummary == null ? "?" : nextSummary.thumbprint(),
                        tested == null ? null : DATE.format(tested)));
            }
        }
        found.sort(Comparator.comparing(ExpiringCertificate::expiry));
        return found;
    }
}
