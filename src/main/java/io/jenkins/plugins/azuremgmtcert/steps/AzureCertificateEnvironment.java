package io.jenkins.plugins.azuremgmtcert.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.util.Secret;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;

/**
 * Adds the certificate variables to the environment of a {@code withAzureCert} block. Secret values are stored as
 * {@link Secret} (Pipeline persists the expander with the program) and reported by {@link #getSensitiveVariables()},
 * so Pipeline warns when a script interpolates them into a Groovy string.
 */
final class AzureCertificateEnvironment extends EnvironmentExpander {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> publicValues;
    private final Map<String, Secret> secretValues;

    AzureCertificateEnvironment(Map<String, String> publicValues, Map<String, String> secretValues) {
        this.publicValues = new LinkedHashMap<>(publicValues);
        this.secretValues = new HashMap<>();
        secretValues.forEach((name, value) -> this.secretValues.put(name, Secret.fromString(value)));
    }

    @Override
    public void expand(@NonNull EnvVars env) {
        publicValues.forEach(env::override);
        secretValues.forEach((name, value) -> env.override(name, value.getPlainText()));
    }

    @NonNull
    @Override
    public Set<String> getSensitiveVariables() {
        return Set.copyOf(secretValues.keySet());
    }
}
