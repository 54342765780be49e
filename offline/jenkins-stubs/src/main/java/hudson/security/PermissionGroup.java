package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.jvnet.localizer.Localizable;

/** API stub of {@code hudson.security.PermissionGroup} (jenkins-core). */
public final class PermissionGroup {
    public PermissionGroup(@NonNull Class owner, Localizable title) throws IllegalStateException {}
}
