package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** API stub of {@code com.cloudbees.plugins.credentials.CredentialsMatcher} (credentials plugin). */
public interface CredentialsMatcher extends Serializable {
    boolean matches(@NonNull Credentials item);
}
