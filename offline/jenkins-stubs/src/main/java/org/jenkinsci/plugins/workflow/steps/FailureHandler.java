package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/**
 * API stub of {@code org.jenkinsci.plugins.workflow.steps.FailureHandler} (workflow-step-api 704 and later). The real
 * interface is also {@code @Restricted(Beta.class)}, which the root pom accepts with {@code useBeta}; the annotation is
 * left out here because the access-modifier-annotation on Maven Central (1.4) has no {@code Beta}.
 */
@FunctionalInterface
public interface FailureHandler extends Serializable {

    @NonNull
    Throwable handle(@NonNull StepContext ctx, @NonNull Throwable t);

    /** As the real method: the context's handler applied to {@code t}, or {@code t} itself without one. */
    static @NonNull Throwable apply(@NonNull StepContext ctx, @NonNull Throwable t) {
        try {
            FailureHandler h = ctx.get(FailureHandler.class);
            if (h == null) {
                return t;
            }
            return h.handle(ctx, t);
        } catch (Throwable x) {
            t.addSuppressed(x);
            return t;
        }
    }

    /** As the real method: {@code subsequent} alone, or both handlers in turn. */
    static FailureHandler merge(@CheckForNull FailureHandler original, @NonNull FailureHandler subsequent) {
        if (original == null) {
            return subsequent;
        }
        return (ctx, t) -> subsequent.handle(ctx, original.handle(ctx, t));
    }
}
