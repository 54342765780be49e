package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;

/** API stub of {@code hudson.Util} (jenkins-core). */
public class Util {
    private Util() {}

    /** Stub: escapes the characters HTML needs escaped, as the real method does for these. */
    @Nullable
    public static String escape(@CheckForNull String text) {
        if (text == null) {
            return null;
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#039;");
    }

    @NonNull
    public static String rawEncode(@NonNull String s) {
        throw new UnsupportedOperationException("stub");
    }
}
