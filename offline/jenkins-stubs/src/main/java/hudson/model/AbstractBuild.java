package hudson.model;

/** API stub of {@code hudson.model.AbstractBuild} (jenkins-core): only the type, for signatures. */
public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Run<P, R> {}
