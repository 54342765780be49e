package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.AdministrativeMonitor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;

/**
 * Warns administrators (Manage Jenkins) about Azure management certificates in the stores of Jenkins itself (system
 * store, all domains) that expired or expire within 30 days, each with a link to its credential. Folder stores are
 * not scanned.
 */
@Extension
public final class ExpiringCertificatesMonitor extends AdministrativeMonitor {

    @Override
    public String getDisplayName() {
        return Messages.ExpiringCertificatesMonitor_DisplayName();
    }

    @Override
    public boolean isActivated() {
        return !getExpiring().isEmpty();
    }

    /** The certificates to renew, soonest first. */
    @NonNull
    public List<ExpiringCertificate> getExpiring() {
        List<ExpiringCertificates.Saved> saved = new ArrayList<>();
        for (CredentialsStore store : CredentialsProvider.lookupStores(Jenkins.get())) {
            for (Domain domain : store.getDomains()) {
                String domainLink = store.getRelativeLinkTo(domain);
                for (Credentials c : store.getCredentials(domain)) {
                    if (c instanceof AzureManagementCertificateCredentialsImpl credential) {
                        saved.add(new ExpiringCertificates.Saved(
                                credential,
                                domainLink == null ? null : domainLink + "credential/" + credential.getId() + "/"));
                    }
                }
            }
        }
        return ExpiringCertificates.find(saved, Clock.systemUTC());
    }
}
