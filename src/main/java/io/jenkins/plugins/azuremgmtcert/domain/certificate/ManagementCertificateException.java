package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.security.cert.X509Certificate;

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
    private X509Certificate certificate;

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

    /**
     * The certificate that came with a refused key ({@link Reason#NOT_RSA}, {@link Reason#KEY_TOO_SMALL}), so that a
     * tool can still show what the file holds; {@code null} for other reasons.
     */
    @CheckForNull
    public X509Certificate certificate() {
        return certificate;
    }

    /** This failure, also naming the certificate that came with the refused key. */
    ManagementCertificateException withCertificate(@CheckForNull X509Certificate refused) {
        ManagementCertificateException copy = new ManagementCertificateException(reason, getMessage(), getCause());
        copy.certificate = refused;
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
