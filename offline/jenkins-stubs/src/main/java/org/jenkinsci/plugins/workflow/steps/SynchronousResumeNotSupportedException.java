package org.jenkinsci.plugins.workflow.steps;

/** API stub of {@code org.jenkinsci.plugins.workflow.steps.SynchronousResumeNotSupportedException}. */
public class SynchronousResumeNotSupportedException extends Exception {

    private static final long serialVersionUID = 1L;

    public SynchronousResumeNotSupportedException() {
        super("This step cannot be resumed after a controller restart.");
    }

    public SynchronousResumeNotSupportedException(StepContext context) {
        this();
    }
}
