package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.BaseCredentials;
import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.UUID;

/**
 * API stub of {@code com.cloudbees.plugins.credentials.impl.BaseStandardCredentials} (credentials plugin): same stored
 * fields, the real empty-id and description rules, identity by id.
 */
public abstract class BaseStandardCredentials extends BaseCredentials implements StandardCredentials {
    @NonNull
    private final String id;

    @NonNull
    private final String description;

    public BaseStandardCredentials(@CheckForNull String id, @CheckForNull String description) {
        super();
        this.id = id == null || id.isEmpty() ? UUID.randomUUID().toString() : id;
        this.description = description == null ? "" : description;
    }

    public BaseStandardCredentials(
            @CheckForNull CredentialsScope scope, @CheckForNull String id, @CheckForNull String description) {
        super(scope);
        this.id = id == null || id.isEmpty() ? UUID.randomUUID().toString() : id;
        this.description = description == null ? "" : description;
    }

    @NonNull
    @Override
    public String getDescription() {
        return description;
    }

    @NonNull
    @Override
    public String getId() {
        return id;
    }

    @Override
    public final int hashCode() {
        return getId().hashCode();
    }

    @Override
    public final boolean equals(Object o) {
        return this == o || o instanceof StandardCredentials other && getId().equals(other.getId());
    }

    /** API stub of {@code BaseStandardCredentials.BaseStandardCredentialsDescriptor}. */
    protected abstract static class BaseStandardCredentialsDescriptor extends CredentialsDescriptor {
        protected BaseStandardCredentialsDescriptor() {
            super();
        }

        protected BaseStandardCredentialsDescriptor(Class<? extends BaseStandardCredentials> clazz) {
            super(clazz);
        }
    }
}
