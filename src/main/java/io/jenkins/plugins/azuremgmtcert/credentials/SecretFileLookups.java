package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.ItemGroup;
import hudson.model.ModelObject;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SecretFiles;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.springframework.security.core.Authentication;

/**
 * Where a credential that refers to a Secret file credential finds it. Always in one context and as one
 * authentication, never more than that context would show: the form's context once the person using it may create
 * or update credentials there (the list, the field check, saving, Test Connection), a build's context as the build
 * ({@code findCredentialById}, tracked),
 * or Jenkins itself for the pages and the expiry monitor. A System-scoped Secret file is never used: builds cannot see
 * it, so a credential built on it would fail in every build.
 */
@Restricted(NoExternalUse.class)
public final class SecretFileLookups {
    private SecretFileLookups() {}

    /** Whether the current user may read Secret files through the form of {@code context}: as for Test Connection. */
    public static boolean mayRead(@CheckForNull ModelObject context) {
        return WebMethodAccess.get().mayCreateOrUpdate(context);
    }

    /**
     * The Secret file credentials the current user may see in the form's context, by ID; only the current value
     * unless the user may create or update credentials there.
     */
    @NonNull
    public static ListBoxModel items(@CheckForNull ModelObject context, @CheckForNull String current) {
        String value = current == null ? "" : current;
        StandardListBoxModel result = new StandardListBoxModel();
        if (!mayRead(context)) {
            result.includeCurrentValue(value);
            return result;
        }
        result.includeEmptyValue();
        result.includeMatchingAs(
                authenticationFor(context),
                groupOf(context),
                FileCredentials.class,
                List.of(),
                CredentialsMatchers.not(CredentialsMatchers.withScope(CredentialsScope.SYSTEM)));
        result.includeCurrentValue(value);
        return result;
    }

    /** The form's context: what the list offers. The caller has checked {@link #mayRead}. */
    @NonNull
    public static SecretFiles inForm(@CheckForNull ModelObject context) {
        Authentication authentication = authenticationFor(context);
        return id -> usable(CredentialsProvider.findCredentialByIdInItemGroup(
                id, FileCredentials.class, groupOf(context), authentication, List.of()));
    }

    /**
     * As whom the form's context is searched, as the credentials plugin's consumer guide has it: the system for
     * Jenkins and folders (what their builds see by default: the stores of the folder and above); for a user's own
     * store, that user (the current one, who alone may create credentials there), who sees their own credentials too.
     */
    @NonNull
    private static Authentication authenticationFor(@CheckForNull ModelObject context) {
        return context == null || context instanceof ItemGroup<?> ? ACL.SYSTEM2 : Jenkins.getAuthentication2();
    }

    /**
     * Jenkins' own context as the system: for the credential pages and the expiry monitor, which have no build. Finds
     * nothing where Jenkins is not running (a credential that travelled to an agent).
     */
    @NonNull
    static SecretFiles ofJenkins() {
        return id -> {
            Jenkins jenkins = Jenkins.getInstanceOrNull();
            return jenkins == null
                    ? null
                    : usable(CredentialsProvider.findCredentialByIdInItemGroup(
                            id, FileCredentials.class, jenkins, ACL.SYSTEM2, List.of()));
        };
    }

    /** A build's context, as the build finds credentials (parameters and its authentication honoured); tracked. */
    @NonNull
    static SecretFiles forRun(@NonNull Run<?, ?> run) {
        return id -> {
            FileCredentials found = usable(CredentialsProvider.findCredentialById(id, FileCredentials.class, run));
            return found == null ? null : CredentialsProvider.track(run, found);
        };
    }

    /** A folder is its own context; a user's store and Jenkins' look in Jenkins (as the user, who sees their own). */
    @NonNull
    static ItemGroup<?> groupOf(@CheckForNull ModelObject context) {
        return context instanceof ItemGroup<?> group ? group : Jenkins.get();
    }

    @CheckForNull
    private static FileCredentials usable(@CheckForNull FileCredentials found) {
        return found == null || found.getScope() == CredentialsScope.SYSTEM ? null : found;
    }
}
