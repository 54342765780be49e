package io.jenkins.plugins.azuremgmtcert.credentials.source;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;

/**
 * Finds a Secret file credential (plain-credentials' {@link FileCredentials}) by ID in one context, as one
 * authentication: the form's context as the person using it, a build's, or Jenkins itself. Which one is the
 * caller's choice; a {@link SecretFileCertificateSource} only asks.
 */
@FunctionalInterface
public interface SecretFiles {
    /** Finds nothing: for requests that have no context to look in. */
    SecretFiles NONE = id -> null;

    /** The Secret file credential with that ID visible here, or {@code null}. */
    @CheckForNull
    FileCredentials find(@NonNull String id);
}
