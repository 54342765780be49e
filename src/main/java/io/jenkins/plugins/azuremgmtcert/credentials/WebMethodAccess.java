package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.util.Objects;
import java.util.function.Supplier;
import jenkins.model.Jenkins;

/**
 * The permission checks of the credential's web methods, done before any parsing or I/O: Overall/Administer when the
 * form has no item (system or user store), otherwise Item/Configure on the item (a folder's store); viewing a
 * credential needs Credentials/View. Tests replace the root context; production uses {@link #get()}.
 */
public final class WebMethodAccess {
    private static final WebMethodAccess JENKINS = new WebMethodAccess(Jenkins::get);

    private final Supplier<? extends AccessControlled> root;

    WebMethodAccess(@NonNull Supplier<? extends AccessControlled> root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The checks against the running Jenkins. */
    @NonNull
    public static WebMethodAccess get() {
        return JENKINS;
    }

    /** Throws an access-denied exception unless the current user may configure credentials in this context. */
    public void checkConfigure(@CheckForNull Item item) {
        context(item).checkPermission(configurePermission(item));
    }

    /** Whether the current user may configure credentials in this context. */
    public boolean canConfigure(@CheckForNull Item item) {
        return context(item).hasPermission(configurePermission(item));
    }

    /** Throws an access-denied exception unless the current user may view credentials in this context. */
    public void checkView(@CheckForNull Item item) {
        context(item).checkPermission(CredentialsProvider.VIEW);
    }

    private AccessControlled context(@CheckForNull Item item) {
        return item != null ? item : root.get();
    }

    private static Permission configurePermission(@CheckForNull Item item) {
        return item != null ? Item.CONFIGURE : Jenkins.ADMINISTER;
    }
}
