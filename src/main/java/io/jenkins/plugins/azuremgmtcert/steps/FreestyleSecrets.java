package io.jenkins.plugins.azuremgmtcert.steps;

import hudson.model.Run;
import hudson.util.Secret;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The secret values of the running freestyle builds that use {@link AzureCertificateBuildWrapper}. Jenkins asks the
 * wrapper for its console filter before it sets the build up, so the filter can only learn the password later; it
 * reads it from here (credentials-binding's {@code SecretBuildWrapper} does the same). Entries are removed when the
 * build's wrapper tears down, and the map holds builds weakly, so an entry never outlives its build.
 */
final class FreestyleSecrets {

    private static final Map<Run<?, ?>, List<Secret>> SECRETS = new WeakHashMap<>();

    private FreestyleSecrets() {}

    static void put(Run<?, ?> build, List<String> values) {
        List<Secret> secrets = values.stream().map(Secret::fromString).toList();
        synchronized (SECRETS) {
            SECRETS.put(build, secrets);
        }
    }

    static List<String> of(Run<?, ?> build) {
        List<Secret> secrets;
        synchronized (SECRETS) {
            secrets = SECRETS.getOrDefault(build, List.of());
        }
        return secrets.stream().map(Secret::getPlainText).toList();
    }

    static void remove(Run<?, ?> build) {
        synchronized (SECRETS) {
            SECRETS.remove(build);
        }
    }
}
