package hudson.remoting;

/** API stub of {@code hudson.remoting.VirtualChannel} (remoting): only the type, for signatures. */
public interface VirtualChannel {}
