package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;

/** API stub of {@code com.cloudbees.plugins.credentials.CredentialsNameProvider} (credentials plugin). */
public abstract class CredentialsNameProvider<C extends Credentials> {
    @NonNull
    public abstract String getName(@NonNull C credentials);
}
