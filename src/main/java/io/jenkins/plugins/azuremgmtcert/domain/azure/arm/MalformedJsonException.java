package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

/**
 * A text is not the strict, bounded JSON that {@link JsonReader} accepts. The message names the problem and the
 * character offset, never the text itself (a response body may hold a token).
 */
public final class MalformedJsonException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;

    MalformedJsonException(String problem, int offset) {
        super(problem + " at offset " + offset);
        this.offset = offset;
    }

    /** Where in the text the problem was found (0-based character offset). */
    public int offset() {
        return offset;
    }
}
