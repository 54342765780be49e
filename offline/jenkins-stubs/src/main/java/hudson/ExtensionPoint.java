package hudson;

/** API stub of {@code hudson.ExtensionPoint} (jenkins-core): a marker interface. */
public interface ExtensionPoint {
}
