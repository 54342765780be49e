package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

/** API stub of {@code com.cloudbees.plugins.credentials.BaseCredentials} (credentials plugin); same stored field. */
public class BaseCredentials implements Credentials {
    private static final long serialVersionUID = 1L;

    @CheckForNull
    private final CredentialsScope scope;

    protected BaseCredentials() {
        this.scope = null;
    }

    public BaseCredentials(@CheckForNull CredentialsScope scope) {
        this.scope = scope;
    }

    @CheckForNull
    @Override
    public CredentialsScope getScope() {
        return scope;
    }

    @NonNull
    @Override
    public CredentialsDescriptor getDescriptor() {
        throw new UnsupportedOperationException("stub");
    }
}
