package hudson.model;

/** API stub of {@code hudson.model.PersistenceRoot} (jenkins-core): the type only. */
public interface PersistenceRoot extends Saveable {}
