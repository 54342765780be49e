package io.jenkins.plugins.azuremgmtcert.domain.xml;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Input that {@link SecureXmlParser} refused or could not parse. {@link #getMessage()} is localised, names the
 * problem and never carries the parser's raw output; {@link #reason()} lets callers choose their own wording.
 */
public final class XmlParseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the input was refused. */
    public enum Reason {
        /** Larger than {@link SecureXmlParser#MAX_INPUT_BYTES}; refused before parsing. */
        TOO_LARGE,
        /** Carries a DOCTYPE declaration (DTDs and entities are the XXE and "billion laughs" attack surface). */
        DOCTYPE_FORBIDDEN,
        /** Empty, not XML at all, or not well-formed. */
        MALFORMED
    }

    private final Reason reason;

    XmlParseException(@NonNull Reason reason, @NonNull String message, @CheckForNull Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the input was refused. */
    @NonNull
    public Reason reason() {
        return reason;
    }
}
