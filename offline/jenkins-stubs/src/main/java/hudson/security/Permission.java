package hudson.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import org.jvnet.localizer.Localizable;

/** API stub of {@code hudson.security.Permission} (jenkins-core): identity by name; Administer. */
public final class Permission {
    public static final PermissionGroup HUDSON_PERMISSIONS = new PermissionGroup(Permission.class, null);

    public static final Permission HUDSON_ADMINISTER = new Permission(HUDSON_PERMISSIONS, "Administer", null, null);

    public final @NonNull String name;

    public Permission(
            @NonNull PermissionGroup group,
            @NonNull String name,
            @CheckForNull Localizable description,
            @CheckForNull Permission impliedBy) {
        this.name = name;
    }

    public @NonNull String getId() {
        return name;
    }

    @Override
    public String toString() {
        return "Permission[" + name + "]";
    }
}
