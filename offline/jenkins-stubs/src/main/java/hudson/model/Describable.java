package hudson.model;

/** API stub of {@code hudson.model.Describable} (jenkins-core); {@code getDescriptor()} is a default method. */
public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("stub");
    }
}
