package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import jenkins.model.Jenkins;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * API stub of {@code hudson.security.ACL} (jenkins-core). {@link #checkPermission} asks {@link #hasPermission2} for the
 * current authentication and throws an {@link AccessDeniedException} (the real one throws its subclass
 * {@code AccessDeniedException3}).
 */
public abstract class ACL {
    /** As the real one: its own authentication named {@code SYSTEM}, never the anonymous user's. */
    public static final Authentication SYSTEM2 = new SystemAuthentication();

    public final void checkPermission(@NonNull Permission p) {
        if (!hasPermission2(Jenkins.getAuthentication2(), p)) {
            throw new AccessDeniedException("stub: missing the " + p.getId() + " permission");
        }
    }

    public final boolean hasPermission(@NonNull Permission p) {
        return hasPermission2(Jenkins.getAuthentication2(), p);
    }

    public boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) {
        throw new AbstractMethodError("implement hasPermission2");
    }

    public static ACL lambda2(final BiFunction<Authentication, Permission, Boolean> impl) {
        return new ACL() {
            @Override
            public boolean hasPermission2(Authentication a, Permission permission) {
                return impl.apply(a, permission);
            }
        };
    }

    private static final class SystemAuthentication implements Authentication {
        private static final long serialVersionUID = 1L;

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return List.of();
        }

        @Override
        public Object getCredentials() {
            return "SYSTEM";
        }

        @Override
        public Object getDetails() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return "SYSTEM";
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
            return "SYSTEM";
        }
    }
}
