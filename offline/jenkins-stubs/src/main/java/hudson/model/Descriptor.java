package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/** API stub of {@code hudson.model.Descriptor} (jenkins-core): constructors and the display name. */
public abstract class Descriptor<T extends Describable<T>> {
    protected Descriptor(Class<? extends T> clazz) {
    }

    protected Descriptor() {
    }

    @NonNull
    public String getDisplayName() {
        return getClass().getSimpleName();
    }
}
