package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import org.kohsuke.stapler.Stapler;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Whether a credential is being built from a person's submission of a credentials store's form (create or update,
 * whose URLs all go through {@code .../credentials/store/...}), as opposed to configuration as code, a script or
 * loading from disk. Only then may a certificate be generated; in particular, reloading configuration as code from
 * its web page never generates one.
 */
final class CredentialsFormSubmission {
    private static final String STORE_PATH = "/credentials/store/";

    private CredentialsFormSubmission() {}

    static boolean isCurrent() {
        return isStoreForm(Stapler.getCurrentRequest2());
    }

    static boolean isStoreForm(@CheckForNull StaplerRequest2 request) {
        String uri = request == null ? null : request.getRequestURI();
        return uri != null && uri.contains(STORE_PATH);
    }
}
