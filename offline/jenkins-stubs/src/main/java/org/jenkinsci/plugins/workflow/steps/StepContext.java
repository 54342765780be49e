package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import edu.umd.cs.findbugs.annotations.Nullable;
import java.io.IOException;
import java.io.Serializable;

/**
 * API stub of {@code org.jenkinsci.plugins.workflow.steps.StepContext} (workflow-step-api): the context values and
 * the body invoker. {@code onFailure} comes from Guava's {@code FutureCallback}, as in the real class.
 */
public abstract class StepContext implements FutureCallback<Object>, Serializable {

    private static final long serialVersionUID = 1L;

    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

    @Override
    public abstract void onSuccess(@Nullable Object result);

    public abstract BodyInvoker newBodyInvoker() throws IllegalStateException;
}
