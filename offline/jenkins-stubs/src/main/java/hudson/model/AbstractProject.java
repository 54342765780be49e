package hudson.model;

/** API stub of {@code hudson.model.AbstractProject} (jenkins-core): only the type, for signatures. */
public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
        extends Job<P, R> {}
