package io.jenkins.plugins.azuremgmtcert.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;

/**
 * The optional variable names of the step and the wrapper, which both expose them as {@code @DataBoundSetter}s. Kept
 * as given (null for "default"); {@link #toNames()} checks them when a build starts.
 */
final class VariableNameSettings {

    private VariableNameSettings() {}

    /** A setter's argument as stored: trimmed, or null when blank, so the default applies and is not saved. */
    @CheckForNull
    static String normalise(@CheckForNull String name) {
        return name == null || name.isBlank() ? null : name.trim();
    }

    /**
     * The names to use, defaults filled in.
     *
     * @throws AbortException with a message naming the bad variable name
     */
    static AzureVariableNames toNames(
            @CheckForNull String subscriptionId,
            @CheckForNull String serviceManagementUrl,
            @CheckForNull String thumbprint,
            @CheckForNull String pfx,
            @CheckForNull String password,
            @CheckForNull String pem,
            @CheckForNull String cer)
            throws AbortException {
        try {
            return AzureVariableNames.withOverrides(
                    subscriptionId, serviceManagementUrl, thumbprint, pfx, password, pem, cer);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }
}
