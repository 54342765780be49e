package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.CredentialsStoreAction;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.domains.Domain;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.Util;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jenkins.model.Jenkins;

/**
 * Finds the expiring management certificates in Jenkins' own credentials store: the store of
 * {@link SystemCredentialsProvider} (context Jenkins, every domain). No other store is read: not folders' or users'
 * stores, and no other provider's, whose look-ups may be remote calls (Vault, AWS, Key Vault, Kubernetes). Meant to run
 * in the background as SYSTEM, outside any request, so links are built from the store's URL names rather than from
 * the current page.
 */
final class SystemStoreScan implements Supplier<List<ExpiringCertificate>> {

    @Override
    @NonNull
    public List<ExpiringCertificate> get() {
        CredentialsStore store = ExtensionList.lookupSingleton(SystemCredentialsProvider.ProviderImpl.class)
                .getStore(Jenkins.get());
        if (store == null) {
            return List.of();
        }
        String storeLink = storeLink(store);
        List<ExpiringCertificates.Saved> saved = new ArrayList<>();
        for (Domain domain : store.getDomains()) {
            for (Credentials c : store.getCredentials(domain)) {
                if (c instanceof AzureManagementCertificateCredentialsImpl credential) {
                    saved.add(new ExpiringCertificates.Saved(
                            credential,
                            storeLink == null
                                    ? null
                                    : storeLink + domain.getUrl() + "credential/" + Util.rawEncode(credential.getId())
                                            + "/"));
                }
            }
        }
        return ExpiringCertificates.find(saved, Clock.systemUTC());
    }

    /** The store's page relative to Jenkins' root URL, under Manage Jenkins (the monitor is for administrators). */
    @CheckForNull
    private static String storeLink(CredentialsStore store) {
        CredentialsStoreAction action = store.getStoreAction();
        return action == null ? null : "manage/credentials/store/" + action.getUrlName() + "/";
    }
}
