package io.jenkins.plugins.azuremgmtcert.steps;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentials;
import java.util.function.Supplier;
import jenkins.model.Jenkins;

/**
 * The credential list of the step's and the wrapper's forms, following the credentials plugin's consumer guide: a user
 * who may not see the configuration (Overall/Administer without an item; Item/Extended Read or Credentials/Use Item
 * with one) gets only the current value back, so the list cannot be used to discover credential IDs. Credentials are
 * listed as the system, which is whom builds run as unless an authorisation plugin says otherwise.
 */
final class CredentialsIdItems {

    private CredentialsIdItems() {}

    /** The list for {@code item}'s form (null: a form outside any item). */
    static ListBoxModel forItem(@CheckForNull Item item, @CheckForNull String currentValue) {
        return forItem(item, currentValue, Jenkins::get);
    }

    static ListBoxModel forItem(
            @CheckForNull Item item, @CheckForNull String currentValue, Supplier<? extends AccessControlled> root) {
        String current = currentValue == null ? "" : currentValue;
        StandardListBoxModel result = new StandardListBoxModel();
        if (!mayList(item, root)) {
            result.includeCurrentValue(current);
            return result;
        }
        result.includeEmptyValue()
                .includeAs(ACL.SYSTEM2, item, AzureManagementCertificateCredentials.class)
                .includeCurrentValue(current);
        return result;
    }

    private static boolean mayList(@CheckForNull Item item, Supplier<? extends AccessControlled> root) {
        if (item == null) {
            return root.get().hasPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
    }
}
