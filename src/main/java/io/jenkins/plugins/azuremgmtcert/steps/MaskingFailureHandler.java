package io.jenkins.plugins.azuremgmtcert.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.FailureHandler;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Masks the block's secret values in the failures of the steps inside {@code withAzureCert}, before Pipeline prints
 * them (after the block, where the console filter no longer applies). The values are kept as {@link Secret}s, so the
 * handler's serialised form, saved with the program, holds them encrypted.
 */
final class MaskingFailureHandler implements FailureHandler {

    private static final long serialVersionUID = 1L;

    private final ArrayList<Secret> secrets = new ArrayList<>();

    MaskingFailureHandler(Collection<String> secretValues) {
        for (String value : secretValues) {
            secrets.add(Secret.fromString(value));
        }
    }

    @NonNull
    @Override
    public Throwable handle(@NonNull StepContext ctx, @NonNull Throwable t) {
        List<String> values = secrets.stream().map(Secret::getPlainText).toList();
        return MaskedException.of(t, SecretMask.of(values));
    }
}
