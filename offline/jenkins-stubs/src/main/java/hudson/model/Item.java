package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionGroup;

/** API stub of {@code hudson.model.Item} (jenkins-core): the item permissions the plugin and its tests use. */
public interface Item extends AccessControlled {
    static final PermissionGroup PERMISSIONS = new PermissionGroup(Item.class, null);

    static final Permission READ = new Permission(PERMISSIONS, "Read", null, null);

    static final Permission CONFIGURE = new Permission(PERMISSIONS, "Configure", null, null);
    static final Permission EXTENDED_READ = new Permission(PERMISSIONS, "ExtendedRead", null, CONFIGURE);
}
