package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ProxyConfiguration;
import hudson.model.ItemGroup;
import hudson.model.ModelObject;
import hudson.model.TopLevelItem;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * API stub of {@code jenkins.model.Jenkins} (jenkins-core). No Jenkins runs offline: {@link #get()} throws
 * {@link IllegalStateException} as the real one does before start-up, and the current user is anonymous.
 */
public class Jenkins implements AccessControlled, ItemGroup<TopLevelItem>, ModelObject {
    public static final Authentication ANONYMOUS2 = new Anonymous();

    public static final Permission ADMINISTER = Permission.HUDSON_ADMINISTER;

    private Jenkins() {}

    @NonNull
    public static Jenkins get() throws IllegalStateException {
        throw new IllegalStateException("stub: Jenkins is not running");
    }

    @CheckForNull
    public static Jenkins getInstanceOrNull() {
        return null;
    }

    @NonNull
    public static Authentication getAuthentication2() {
        return ANONYMOUS2;
    }

    @CheckForNull
    public ProxyConfiguration getProxy() {
        return null;
    }

    @Override
    /** Stub: there is nothing to save offline. */
    public synchronized void save() throws IOException {}

    public String getDisplayName() {
        return "Jenkins";
    }

    @NonNull
    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("stub");
    }

    private static final class Anonymous implements Authentication {
        private static final long serialVersionUID = 1L;

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return List.of();
        }

        @Override
        public Object getCredentials() {
            return "anonymous";
        }

        @Override
        public Object getDetails() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return "anonymous";
        }

        @Override
        public boolean isAuthenticated() {
            return true;
        }

        @Override
        public void setAuthenticated(boolean isAuthenticated) {
            throw new IllegalArgumentException("stub");
        }

        @Override
        public String getName() {
            return "anonymous";
        }
    }
}
