package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.ModelObject;
import hudson.model.Run;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * API stub of {@code com.cloudbees.plugins.credentials.CredentialsProvider} (credentials plugin): the permissions and
 * look-ups the plugin uses. The stub has no stores, so look-ups find nothing.
 */
public abstract class CredentialsProvider {
    public static final PermissionGroup GROUP = new PermissionGroup(CredentialsProvider.class, null);

    public static final Permission CREATE = new Permission(GROUP, "Create", null, null);

    public static final Permission UPDATE = new Permission(GROUP, "Update", null, null);

    public static final Permission VIEW = new Permission(GROUP, "View", null, null);
    public static final Permission USE_ITEM = new Permission(GROUP, "UseItem", null, null);

    @NonNull
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(
            @NonNull Class<C> type, @Nullable ItemGroup itemGroup, @Nullable Authentication authentication) {
        return List.of();
    }

    public static Iterable<CredentialsStore> lookupStores(final ModelObject context) {
        return List.of();
    }

    /** Stub: no provider has a store offline. */
    @CheckForNull
    public CredentialsStore getStore(@CheckForNull ModelObject object) {
        return null;
    }

    @NonNull
    public static <C extends Credentials> List<C> lookupCredentialsInItem(
            @NonNull Class<C> type, @Nullable Item item, @Nullable Authentication authentication) {
        return List.of();
    }

    /** Stub: there are no stores offline, so nothing is found. */
    @CheckForNull
    public static <C extends IdCredentials> C findCredentialByIdInItemGroup(
            @NonNull String id,
            @NonNull Class<C> type,
            @Nullable ItemGroup<?> itemGroup,
            @Nullable Authentication authentication,
            @Nullable List<DomainRequirement> domainRequirements) {
        return null;
    }

    /** Stub: there are no stores offline, so nothing is found. */
    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(
            @NonNull String id, @NonNull Class<C> type, @NonNull Run<?, ?> run) {
        return null;
    }

    /** Stub: records nothing and returns its argument, as the real method does. */
    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Run build, @CheckForNull C credentials) {
        return credentials;
    }
}
