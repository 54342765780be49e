package hudson.model;

/** API stub of {@code hudson.model.Describable} (jenkins-core): the default method returns null offline. */
public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        return null;
    }
}
