package hudson.model;

/** API stub of {@code hudson.model.AbstractDescribableImpl} (jenkins-core): empty, as in current cores. */
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {}
