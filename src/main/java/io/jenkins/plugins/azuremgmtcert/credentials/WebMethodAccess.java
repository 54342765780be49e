package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsStore;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ModelObject;
import hudson.security.AccessControlled;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import jenkins.model.Jenkins;
import org.springframework.security.access.AccessDeniedException;

/**
 * The permission checks of the credential's web methods, done before any parsing or I/O. They follow the credential
 * store of the request's context (credentials' {@code @ContextInPath}: Jenkins, a folder, a user), not the item in
 * the URL, as the credentials plugin's own checks do: Test Connection needs Credentials/Create or Update on a store the
 * context holds (Overall/Administer without a context), the {@code .cer} download Credentials/View there. A context
 * that holds no store, such as a job, grants nothing. Tests replace Jenkins and the store look-up; production uses
 * {@link #get()}.
 */
final class WebMethodAccess {
    private static final WebMethodAccess JENKINS =
            new WebMethodAccess(Jenkins::get, Jenkins::get, CredentialsProvider::lookupStores);

    private final Supplier<? extends AccessControlled> root;
    private final Supplier<? extends ModelObject> rootContext;
    private final Function<ModelObject, Iterable<CredentialsStore>> stores;

    /**
     * @param root whose Overall/Administer permission counts when there is no context
     * @param rootContext the context of a request without one (Jenkins), for the download
     * @param stores the stores contributing to a context, its parents' included (the credentials plugin's look-up)
     */
    WebMethodAccess(
            @NonNull Supplier<? extends AccessControlled> root,
            @NonNull Supplier<? extends ModelObject> rootContext,
            @NonNull Function<ModelObject, Iterable<CredentialsStore>> stores) {
        this.root = Objects.requireNonNull(root, "root");
        this.rootContext = Objects.requireNonNull(rootContext, "rootContext");
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    /** The checks against the running Jenkins. */
    @NonNull
    static WebMethodAccess get() {
        return JENKINS;
    }

    /**
     * Throws an access-denied exception unless the current user may create or update credentials in a store that the
     * context holds; without a context, unless the user is an administrator.
     */
    void checkCreateOrUpdate(@CheckForNull ModelObject context) {
        if (context == null) {
            root.get().checkPermission(Jenkins.ADMINISTER);
            return;
        }
        if (!mayCreateOrUpdate(context)) {
            throw new AccessDeniedException(Messages.WebMethodAccess_CannotCreate(context.getDisplayName()));
        }
    }

    /** What {@link #checkCreateOrUpdate} checks, as a question: for form fields that answer nothing without it. */
    boolean mayCreateOrUpdate(@CheckForNull ModelObject context) {
        if (context == null) {
            return root.get().hasPermission(Jenkins.ADMINISTER);
        }
        for (CredentialsStore store : storesHeldBy(context)) {
            if (store.hasPermission(CredentialsProvider.CREATE) || store.hasPermission(CredentialsProvider.UPDATE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stores the context holds in which the current user may view credentials (a request without a context: the
     * root's); throws an access-denied exception when there is none.
     */
    @NonNull
    List<CredentialsStore> viewableStores(@CheckForNull ModelObject context) {
        ModelObject resolved = context != null ? context : rootContext.get();
        List<CredentialsStore> viewable = new ArrayList<>();
        for (CredentialsStore store : storesHeldBy(resolved)) {
            if (store.hasPermission(CredentialsProvider.VIEW)) {
                viewable.add(store);
            }
        }
        if (viewable.isEmpty()) {
            throw new AccessDeniedException(Messages.WebMethodAccess_CannotView(resolved.getDisplayName()));
        }
        return viewable;
    }

    /**
     * The stores the context holds (a request without a context: the root's) in which the current user may update
     * credentials, as saving a credential's update form requires; empty when there is none.
     */
    @NonNull
    List<CredentialsStore> updatableStores(@CheckForNull ModelObject context) {
        ModelObject resolved = context != null ? context : rootContext.get();
        List<CredentialsStore> updatable = new ArrayList<>();
        for (CredentialsStore store : storesHeldBy(resolved)) {
            if (store.hasPermission(CredentialsProvider.UPDATE)) {
                updatable.add(store);
            }
        }
        return updatable;
    }

    /**
     * The context's own stores: those whose context it is. {@code lookupStores} yields them first and then walks up to
     * the parents' stores, which do not count here; stopping at the first of those also spares the walk (for a user,
     * an impersonation through the security realm).
     */
    private List<CredentialsStore> storesHeldBy(ModelObject context) {
        List<CredentialsStore> held = new ArrayList<>();
        for (CredentialsStore store : stores.apply(context)) {
            if (!Objects.equals(store.getContext(), context)) {
                break;
            }
            held.add(store);
        }
        return held;
    }
}
