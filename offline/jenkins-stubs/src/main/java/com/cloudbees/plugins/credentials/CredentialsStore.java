package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.domains.Domain;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.ModelObject;
import hudson.security.AccessControlled;
import java.io.IOException;
import java.util.List;

/** API stub of {@code com.cloudbees.plugins.credentials.CredentialsStore} (credentials plugin). */
public abstract class CredentialsStore implements AccessControlled {
    @NonNull
    public abstract ModelObject getContext();

    public List<Domain> getDomains() {
        throw new UnsupportedOperationException("stub");
    }

    @NonNull
    public abstract List<Credentials> getCredentials(@NonNull Domain domain);

    public abstract boolean updateCredentials(
            @NonNull Domain domain, @NonNull Credentials current, @NonNull Credentials replacement) throws IOException;

    @CheckForNull
    public String getRelativeLinkTo(Domain domain) {
        throw new UnsupportedOperationException("stub");
    }

    @Nullable
    public CredentialsStoreAction getStoreAction() {
        return null;
    }
}
