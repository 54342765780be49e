package hudson;

/** API stub of {@code hudson.ExtensionPoint} (jenkins-core): the marker interface. */
public interface ExtensionPoint {}
