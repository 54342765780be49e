package hudson;

/** API stub of {@code hudson.Launcher} (jenkins-core): only the type, for signatures. */
public abstract class Launcher {}
