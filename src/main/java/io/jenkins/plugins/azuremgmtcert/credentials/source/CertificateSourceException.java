package io.jenkins.plugins.azuremgmtcert.credentials.source;

/**
 * A certificate source's input cannot be used. The message is localised, says what to do and holds no secret; the
 * cause (a domain exception) is kept for the log.
 */
public final class CertificateSourceException extends Exception {
    private static final long serialVersionUID = 1L;

    public CertificateSourceException(String message) {
        super(message);
    }

    public CertificateSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
