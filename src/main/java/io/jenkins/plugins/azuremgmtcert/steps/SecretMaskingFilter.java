package io.jenkins.plugins.azuremgmtcert.steps;

import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import hudson.util.Secret;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Masks secret values in a build's console, line by line. The values are kept as {@link Secret}s, so the filter's
 * serialised form (Pipeline stores it with the program) holds them encrypted. Expects a null build, as Pipeline
 * passes one.
 */
final class SecretMaskingFilter extends ConsoleLogFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Secret> secrets;
    private final String charsetName;

    SecretMaskingFilter(Collection<String> secretValues, String charsetName) {
        this.secrets = new ArrayList<>();
        for (String value : secretValues) {
            secrets.add(Secret.fromString(value));
        }
        this.charsetName = charsetName;
    }

    @Override
    public OutputStream decorateLogger(Run build, OutputStream logger) {
        List<Secret> values = secrets;
        Supplier<List<String>> plain =
                () -> values.stream().map(Secret::getPlainText).toList();
        return new MaskingOutputStream(logger, plain, charsetName);
    }
}
