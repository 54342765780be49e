package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;

/** API stub of {@code hudson.Util} (jenkins-core). */
public class Util {
    private Util() {}

    @NonNull
    public static String rawEncode(@NonNull String s) {
        throw new UnsupportedOperationException("stub");
    }
}
