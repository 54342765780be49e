package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;
import java.util.concurrent.Future;

/** API stub of {@code org.jenkinsci.plugins.workflow.steps.BodyExecution} (workflow-step-api): only the type. */
public abstract class BodyExecution implements Future<Object>, Serializable {

    private static final long serialVersionUID = 1L;
}
