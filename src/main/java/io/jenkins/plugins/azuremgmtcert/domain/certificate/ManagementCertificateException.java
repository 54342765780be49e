package io.jenkins.plugins.azuremgmtcert.domain.certificate;

/**
 * Every failure to use input as a management certificate. {@link #getMessage()} is localised and says what to do.
 */
public final class ManagementCertificateException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the input cannot be used. */
    public enum Reason {
        NO_PRIVATE_KEY,
        WRONG_PASSWORD,
        PASSWORD_REQUIRED,
        CORRUPT,
        NOT_A_CERTIFICATE,
        NO_MATCHING_CERTIFICATE,
        AMBIGUOUS_KEY_ENTRIES,
        UNKNOWN_ALIAS,
        NOT_RSA,
        KEY_TOO_SMALL,
        UNSUPPORTED
    }

    private final Reason reason;

    /** A failure with its reason and a localised message that tells the user what to do. */
    public ManagementCertificateException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Same, keeping the low-level cause (whose message must not contain secrets). */
    public ManagementCertificateException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the input cannot be used. */
    public Reason reason() {
        return reason;
    }
}
