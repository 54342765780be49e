package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/** API stub of {@code com.cloudbees.plugins.credentials.CredentialsScope} (credentials plugin): the constants only. */
public enum CredentialsScope implements Serializable {
    SYSTEM,
    GLOBAL,
    USER
}
