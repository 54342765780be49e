package org.jenkinsci.remoting;

/** API stub of {@code org.jenkinsci.remoting.RoleChecker} (remoting): only the type, for signatures. */
public abstract class RoleChecker {}
