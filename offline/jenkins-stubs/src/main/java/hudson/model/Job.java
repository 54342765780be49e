package hudson.model;

/** API stub of {@code hudson.model.Job} (jenkins-core): only the type and its type parameters, for signatures. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {}
