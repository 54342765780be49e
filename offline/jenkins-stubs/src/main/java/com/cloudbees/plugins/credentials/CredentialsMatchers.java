package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * API stub of {@code com.cloudbees.plugins.credentials.CredentialsMatchers} (credentials plugin): the matchers the
 * plugin uses, each a minimal lambda with the documented meaning.
 */
public class CredentialsMatchers {
    private CredentialsMatchers() {}

    @NonNull
    public static CredentialsMatcher always() {
        return c -> true;
    }

    @NonNull
    public static CredentialsMatcher not(@NonNull CredentialsMatcher matcher) {
        return c -> !matcher.matches(c);
    }

    @NonNull
    public static CredentialsMatcher withScope(@NonNull CredentialsScope scope) {
        return c -> c.getScope() == scope;
    }
}
