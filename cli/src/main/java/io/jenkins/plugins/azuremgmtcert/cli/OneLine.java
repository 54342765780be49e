package io.jenkins.plugins.azuremgmtcert.cli;

import java.util.regex.Pattern;

/** Collapses a message to one line, so every failure is exactly one line on standard error. */
final class OneLine {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    private OneLine() {}

    static String of(String message) {
        return message == null ? "" : LINE_BREAKS.matcher(message.trim()).replaceAll(" ");
    }
}
