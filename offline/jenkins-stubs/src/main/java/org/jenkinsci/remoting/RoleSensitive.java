package org.jenkinsci.remoting;

/** API stub of {@code org.jenkinsci.remoting.RoleSensitive} (remoting). */
public interface RoleSensitive {
    void checkRoles(RoleChecker checker) throws SecurityException;
}
