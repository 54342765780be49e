package io.jenkins.plugins.azuremgmtcert.steps;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentials;
import java.util.List;
import java.util.function.Supplier;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

/**
 * The credential list of the step's and the wrapper's forms, following the credentials plugin's consumer guide: a user
 * who may not see the configuration (Overall/Administer without an item; Item/Extended Read or Credentials/Use Item
 * with one) gets only the current value back, so the list cannot be used to discover credential IDs. The list shows
 * what a build of the item can use: the credentials visible to the authentication the build runs as (the task's,
 * {@link Tasks#getAuthenticationOf2}), and never SYSTEM-scoped ones, which builds cannot use.
 */
final class CredentialsIdItems {

    /** Adds the matching credentials visible to an authentication in an item's context (null: Jenkins). */
    @FunctionalInterface
    interface Listing {
        Listing CREDENTIALS_PLUGIN = (model, authentication, item, matcher) -> model.includeMatchingAs(
                authentication, item, AzureManagementCertificateCredentials.class, List.of(), matcher);

        void include(
                @NonNull StandardListBoxModel model,
                @NonNull Authentication authentication,
                @CheckForNull Item item,
                @NonNull CredentialsMatcher matcher);
    }

    private CredentialsIdItems() {}

    /** The list for {@code item}'s form (null: a form outside any item). */
    static ListBoxModel forItem(@CheckForNull Item item, @CheckForNull String currentValue) {
        return forItem(item, currentValue, Jenkins::get, Listing.CREDENTIALS_PLUGIN);
    }

    static ListBoxModel forItem(
            @CheckForNull Item item,
            @CheckForNull String currentValue,
            Supplier<? extends AccessControlled> root,
            Listing listing) {
        String current = currentValue == null ? "" : currentValue;
        StandardListBoxModel result = new StandardListBoxModel();
        if (!mayList(item, root)) {
            result.includeCurrentValue(current);
            return result;
        }
        result.includeEmptyValue();
        listing.include(result, authenticationOf(item), item, matcherFor(item));
        result.includeCurrentValue(current);
        return result;
    }

    /** Whom a build of the item runs as; the system for a form outside any task. */
    @NonNull
    static Authentication authenticationOf(@CheckForNull Item item) {
        return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
    }

    /** Every credential outside items; for an item, none of the SYSTEM scope (only Jenkins itself may use those). */
    @NonNull
    static CredentialsMatcher matcherFor(@CheckForNull Item item) {
        return item == null
                ? CredentialsMatchers.always()
                : CredentialsMatchers.not(CredentialsMatchers.withScope(CredentialsScope.SYSTEM));
    }

    private static boolean mayList(@CheckForNull Item item, Supplier<? extends AccessControlled> root) {
        if (item == null) {
            return root.get().hasPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
    }
}
