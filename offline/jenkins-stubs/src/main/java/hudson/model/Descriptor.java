package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * API stub of {@code hudson.model.Descriptor} (jenkins-core): the constructors and the display name. The no-argument
 * constructor infers the described class from the enclosing class, as the real one does.
 */
public abstract class Descriptor<T extends Describable<T>> {

    public final transient Class<? extends T> clazz;

    protected Descriptor(Class<? extends T> clazz) {
        this.clazz = clazz;
    }

    @SuppressWarnings("unchecked")
    protected Descriptor() {
        this.clazz = (Class<? extends T>) getClass().getEnclosingClass();
        if (clazz == null) {
            throw new AssertionError(getClass() + " doesn't have an outer class. Use the constructor that takes the"
                    + " Class object explicitly.");
        }
    }

    @NonNull
    public String getDisplayName() {
        return clazz.getSimpleName();
    }
}
