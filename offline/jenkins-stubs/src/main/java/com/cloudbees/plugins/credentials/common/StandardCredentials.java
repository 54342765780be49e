package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

/** API stub of {@code com.cloudbees.plugins.credentials.common.StandardCredentials} (credentials plugin). */
public interface StandardCredentials extends IdCredentials {
    @NonNull
    String getDescription();
}
