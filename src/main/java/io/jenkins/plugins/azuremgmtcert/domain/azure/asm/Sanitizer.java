package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Makes text from a server fit for a one-line message: no control characters, bounded length. */
final class Sanitizer {

    private Sanitizer() {}

    static String clean(@CheckForNull String text, int maxLength) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder(Math.min(text.length(), maxLength));
        for (int i = 0; i < text.length() && cleaned.length() < maxLength; i++) {
            char c = text.charAt(i);
            cleaned.append(Character.isISOControl(c) ? ' ' : c);
        }
        String result = cleaned.toString().strip();
        return text.length() > maxLength ? result + "…" : result;
    }
}
