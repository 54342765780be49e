package io.jenkins.plugins.azuremgmtcert.credentials.source;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.credentials.CertificateSummary;
import io.jenkins.plugins.azuremgmtcert.credentials.WebMethodAccess;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The form check shared by the sources: permission first (nothing is parsed for a user who may not configure the
 * context), then the certificate's description and warnings, or the reason it cannot be used.
 */
final class SourceCheck {
    private SourceCheck() {}

    static FormValidation check(@CheckForNull Item item, boolean empty, Supplier<CertificateSource> input) {
        if (!WebMethodAccess.get().canConfigure(item) || empty) {
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
