package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ModelObject;
import hudson.security.ACL;
import hudson.security.Permission;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * A credential store of a context (Jenkins, a folder, a user) whose ACL grants the given permissions and records what
 * it was asked and as whom; it holds the given credentials in the global domain.
 */
final class FakeStore extends CredentialsStore {
    final List<Permission> asked = new ArrayList<>();
    final List<Authentication> askedAs = new ArrayList<>();
    private final ModelObject context;
    private final Set<Permission> granted;
    private final List<Credentials> credentials;
    /** Whether saving a change fails, as a full disk or a read-only home would make it. */
    boolean failUpdates;

    FakeStore(ModelObject context, Set<Permission> granted, Credentials... credentials) {
        this.context = context;
        this.granted = granted;
        this.credentials = new ArrayList<>(List.of(credentials));
    }

    /** A context (folder, user, job) known by its name only. */
    static ModelObject context(String name) {
        return () -> name;
    }

    @NonNull
    @Override
    public ModelObject getContext() {
        return context;
    }

    @NonNull
    @Override
    public ACL getACL() {
        return ACL.lambda2((authentication, permission) -> {
            asked.add(permission);
            askedAs.add(authentication);
            return granted.contains(permission);
        });
    }

    @Override
    public List<Domain> getDomains() {
        return List.of(Domain.global());
    }

    @NonNull
    @Override
    public List<Credentials> getCredentials(@NonNull Domain domain) {
        return List.copyOf(credentials);
    }

    // The credentials plugin's CredentialsStore also declares these abstract (the offline stub leaves them out, as
    // nothing in the plugin calls them), hence no @Override. Only the roll-over buttons change a store, by update.

    public boolean addCredentials(@NonNull Domain domain, @NonNull Credentials credentials) {
        throw new UnsupportedOperationException("read-only");
    }

    public boolean removeCredentials(@NonNull Domain domain, @NonNull Credentials credentials) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public boolean updateCredentials(
            @NonNull Domain domain, @NonNull Credentials current, @NonNull Credentials replacement) throws IOException {
        if (failUpdates) {
            throw new IOException("disk full");
        }
        int index = credentials.indexOf(current);
        if (index < 0) {
            return false;
        }
        credentials.set(index, replacement);
        return true;
    }
}
