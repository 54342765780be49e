package io.jenkins.plugins.azuremgmtcert.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;
import io.jenkins.plugins.azuremgmtcert.domain.files.CertificateFileSet;
import java.util.function.Supplier;

/**
 * The optional variable names and {@code .pfx} format of the step and the wrapper, which both expose them as
 * {@code @DataBoundSetter}s. Names are kept as given (null for "default"); {@link #toNames} checks them when a build
 * starts.
 */
final class VariableNameSettings {

    private VariableNameSettings() {}

    /** A setter's argument as stored: trimmed, or null when blank, so the default applies and is not saved. */
    @CheckForNull
    static String normalise(@CheckForNull String name) {
        return name == null || name.isBlank() ? null : name.trim();
    }

    /**
     * The names to use, defaults filled in, as {@code names} makes them.
     *
     * @throws AbortException with a message naming the bad variable name
     */
    static AzureVariableNames toNames(Supplier<AzureVariableNames> names) throws AbortException {
        try {
            return names.get();
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    /** The {@code .pfx} format of the {@code modernPfx} option: by default the one every reader opens. */
    static Pkcs12Encryption pfxEncryption(boolean modernPfx) {
        return modernPfx ? Pkcs12Encryption.MODERN : CertificateFileSet.DEFAULT_ENCRYPTION;
    }
}
