package io.jenkins.plugins.azuremgmtcert.domain.rollover;

/** A roll-over step that the credential's state does not allow; the message is localised and says what to do. */
public final class RolloverException extends Exception {
    private static final long serialVersionUID = 1L;

    RolloverException(String message) {
        super(message);
    }
}
