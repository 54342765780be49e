package io.jenkins.plugins.azuremgmtcert.credentials.source;

import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.credentials.CertificateSummary;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The form check shared by the sources: the certificate's description and warnings, or the reason it cannot be used.
 * It only parses what the form sent (no I/O, nothing stored is read), so it needs no permission, like the credentials
 * plugin's own certificate checks.
 */
final class SourceCheck {
    private SourceCheck() {}

    static FormValidation check(boolean empty, Supplier<CertificateSource> input) {
        if (empty) {
            return FormValidation.ok();
        }
        try {
            SourcedCertificate sourced = input.get().resolve(new SourceRequest("check", null, false));
            return CertificateSummary.of(sourced.certificate()).toFormValidation(Clock.systemUTC());
        } catch (CertificateSourceException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
