package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Finds a saved credential of this type by ID in the given stores, every domain, as they hold it. The caller passes
 * only stores the requesting user may view (see {@link WebMethodAccess#viewableStores}); nothing here runs as the
 * system.
 */
final class CertificateLookup {
    private CertificateLookup() {}

    /** A credential as a store holds it: where to replace it. */
    record Located(CredentialsStore store, Domain domain, AzureManagementCertificateCredentialsImpl credential) {}

    @CheckForNull
    static AzureManagementCertificateCredentialsImpl find(
            @NonNull Iterable<CredentialsStore> stores, @CheckForNull String id) {
        Located located = locate(stores, id);
        return located == null ? null : located.credential();
    }

    /** The credential with its store and domain, for a change that replaces it there. */
    @CheckForNull
    static Located locate(@NonNull Iterable<CredentialsStore> stores, @CheckForNull String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        for (CredentialsStore store : stores) {
            for (Domain domain : store.getDomains()) {
                for (Credentials credentials : store.getCredentials(domain)) {
                    if (credentials instanceof AzureManagementCertificateCredentialsImpl found
                            && id.equals(found.getId())) {
                        return new Located(store, domain, found);
                    }
                }
            }
        }
        return null;
    }
}
