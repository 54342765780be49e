package com.cloudbees.plugins.credentials;

/** API stub of {@code com.cloudbees.plugins.credentials.CredentialsStoreAction} (credentials plugin). */
public abstract class CredentialsStoreAction {
    public String getUrlName() {
        throw new UnsupportedOperationException("stub");
    }

    /** The page of one saved credential; the update form is submitted to it. */
    public static class CredentialsWrapper {
        public Credentials getCredentials() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
