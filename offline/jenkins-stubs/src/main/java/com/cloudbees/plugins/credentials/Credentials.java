package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Run;
import java.io.Serializable;

/** API stub of {@code com.cloudbees.plugins.credentials.Credentials} (credentials plugin). */
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {
    @CheckForNull
    CredentialsScope getScope();

    @NonNull
    @Override
    CredentialsDescriptor getDescriptor();

    /** Stub: as the real default, the credentials themselves. */
    @NonNull
    default Credentials forRun(@NonNull Run<?, ?> context) {
        return this;
    }
}
