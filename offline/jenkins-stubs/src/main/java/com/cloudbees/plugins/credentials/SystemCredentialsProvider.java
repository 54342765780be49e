package com.cloudbees.plugins.credentials;

import hudson.model.AbstractDescribableImpl;
import hudson.model.Saveable;
import java.io.IOException;

/** API stub of {@code com.cloudbees.plugins.credentials.SystemCredentialsProvider} (credentials plugin). */
public class SystemCredentialsProvider extends AbstractDescribableImpl<SystemCredentialsProvider> implements Saveable {
    public SystemCredentialsProvider() {}

    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    /** API stub of the provider of Jenkins' own store; offline it has no store. */
    public static class ProviderImpl extends CredentialsProvider {}
}
