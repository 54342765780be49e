package hudson.model;

/** API stub of {@code hudson.model.Queue} (jenkins-core): only the nested {@link Task} type. */
public class Queue {
    private Queue() {}

    /** API stub of {@code hudson.model.Queue.Task}: the type only (its supertypes are left out). */
    public interface Task {}
}
