package io.jenkins.plugins.azuremgmtcert.steps;

import hudson.AbortException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;

/**
 * A failure from the {@code withAzureCert} block whose text held a secret value (say, a script that echoed the
 * certificate password into an {@code error} message): the same stack, with the message, the causes and the
 * suppressed failures masked, as credentials-binding's {@code MaskedException} does for {@code withCredentials}. A
 * failure whose whole text holds no secret is kept as it is. An {@link AbortException} stays one, so Pipeline still
 * prints it as a one-line error without a stack trace.
 */
final class MaskedException extends Exception {

    private static final long serialVersionUID = 1L;

    private MaskedException(String message) {
        super(message);
    }

    /** {@code failure}, or a masked copy of it if its text holds one of the values of {@code mask}. */
    static Throwable of(Throwable failure, SecretMask mask) {
        if (mask.isEmpty()) {
            return failure;
        }
        return of(failure, Collections.newSetFromMap(new IdentityHashMap<>()), mask);
    }

    private static Throwable of(Throwable failure, Set<Throwable> visited, SecretMask mask) {
        if (!visited.add(failure)) {
            return new MaskedException("cycle");
        }
        if (!mask.occursIn(render(failure))) {
            return failure;
        }
        String message = mask.apply(Objects.requireNonNullElse(failure.getMessage(), ""));
        Exception masked =
                failure instanceof AbortException ? new AbortException(message) : new MaskedException(message);
        masked.setStackTrace(failure.getStackTrace());
        Throwable cause = failure.getCause();
        if (cause != null) {
            masked.initCause(of(cause, visited, mask));
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            masked.addSuppressed(of(suppressed, visited, mask));
        }
        return masked;
    }

    /** The failure as a log would print it: class, message, stack, causes and suppressed failures. */
    private static String render(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
