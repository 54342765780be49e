package io.jenkins.plugins.azuremgmtcert.steps;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces secret values in a text with {@value #MASK}. Values shorter than {@value #MINIMUM_LENGTH} characters are
 * left alone, as in credentials-binding, because masking them would mangle ordinary output; longer values are
 * replaced first, so a value that contains another is masked whole.
 */
final class SecretMask {

    static final String MASK = "****";
    static final int MINIMUM_LENGTH = 3;

    private final List<String> values;

    private SecretMask(List<String> values) {
        this.values = values;
    }

    static SecretMask of(Collection<String> secretValues) {
        return new SecretMask(secretValues.stream()
                .filter(value -> value != null && value.length() >= MINIMUM_LENGTH)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList());
    }

    /** Whether there is nothing to mask. */
    boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether {@code text} holds one of the values. */
    boolean occursIn(String text) {
        return values.stream().anyMatch(text::contains);
    }

    /** {@code text} with every value replaced by {@value #MASK}. */
    String apply(String text) {
        String masked = text;
        for (String value : values) {
            masked = masked.replace(value, MASK);
        }
        return masked;
    }

    @Override
    public String toString() {
        return "SecretMask{" + values.size() + " values}";
    }
}
