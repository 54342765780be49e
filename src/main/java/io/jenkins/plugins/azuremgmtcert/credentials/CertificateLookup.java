package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.security.ACL;
import java.util.List;
import jenkins.model.Jenkins;

/** Finds a saved credential of this type by ID in the context of a request (Jenkins, or a folder). */
@FunctionalInterface
interface CertificateLookup {
    /** The credentials store look-up of the running Jenkins. */
    CertificateLookup JENKINS = (item, id) -> {
        List<AzureManagementCertificateCredentialsImpl> all = item == null
                ? CredentialsProvider.lookupCredentialsInItemGroup(
                        AzureManagementCertificateCredentialsImpl.class, Jenkins.get(), ACL.SYSTEM2)
                : CredentialsProvider.lookupCredentialsInItem(
                        AzureManagementCertificateCredentialsImpl.class, item, ACL.SYSTEM2);
        return all.stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
    };

    @CheckForNull
    AzureManagementCertificateCredentialsImpl find(@CheckForNull Item item, @CheckForNull String id);
}
