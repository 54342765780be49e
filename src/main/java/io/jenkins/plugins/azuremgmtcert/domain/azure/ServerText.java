package io.jenkins.plugins.azuremgmtcert.domain.azure;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * Makes text from a server (a subscription name, an error message) fit for a one-line message: control characters,
 * line and paragraph separators and invisible format characters (such as bidirectional overrides, which could make
 * the text read differently from what it is) become spaces, and the length is bounded. A hostile or misdirected
 * server cannot add lines to what Test Connection shows, nor flood it.
 */
public final class ServerText {

    private ServerText() {}

    /** The text on one line, at most {@code maxLength} characters plus an ellipsis; {@code ""} for null. */
    public static String clean(@CheckForNull String text, int maxLength) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder(Math.min(text.length(), maxLength));
        for (int i = 0; i < text.length() && cleaned.length() < maxLength; i++) {
            char c = text.charAt(i);
            cleaned.append(isInvisibleOrLineBreaking(c) ? ' ' : c);
        }
        String result = cleaned.toString().strip();
        return text.length() > maxLength ? result + "…" : result;
    }

    private static boolean isInvisibleOrLineBreaking(char c) {
        int type = Character.getType(c);
        return Character.isISOControl(c)
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
