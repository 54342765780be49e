package jenkins.model;

/** API stub of {@code jenkins.model.FullyNamed} (jenkins-core): the type only. */
public interface FullyNamed {}
