package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.access.AccessDeniedException;

/** API stub of {@code hudson.security.AccessControlled} (jenkins-core): the default methods delegate to the ACL. */
public interface AccessControlled {
    @NonNull
    ACL getACL();

    default void checkPermission(@NonNull Permission permission) throws AccessDeniedException {
        getACL().checkPermission(permission);
    }

    default boolean hasPermission(@NonNull Permission permission) {
        return getACL().hasPermission(permission);
    }
}
