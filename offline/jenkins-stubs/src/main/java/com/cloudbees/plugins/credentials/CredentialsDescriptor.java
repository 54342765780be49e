package com.cloudbees.plugins.credentials;

import hudson.model.Descriptor;

/** API stub of {@code com.cloudbees.plugins.credentials.CredentialsDescriptor} (credentials plugin). */
public abstract class CredentialsDescriptor extends Descriptor<Credentials> {
    protected CredentialsDescriptor(Class<? extends Credentials> clazz) {
        super(clazz);
    }

    protected CredentialsDescriptor() {
        super();
    }

    public String getIconClassName() {
        return null;
    }

    public String getDescription() {
        return null;
    }
}
