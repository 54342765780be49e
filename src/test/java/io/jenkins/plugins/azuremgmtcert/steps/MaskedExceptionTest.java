package io.jenkins.plugins.azuremgmtcert.steps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import hudson.AbortException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskedExceptionTest {
    private static final String PASSWORD = "Q3vLx9pTz0aB7mNc4RdS2eFg8hJk1WuY";
    private static final SecretMask MASK = SecretMask.of(List.of(PASSWORD, "ab"));

    @Test
    void aFailureWithoutSecretsIsKeptAsItIs() {
        IllegalStateException failure = new IllegalStateException("script returned exit code 1");
        assertSame(failure, MaskedException.of(failure, MASK));
        IllegalStateException withoutValues = new IllegalStateException("x" + PASSWORD);
        assertSame(withoutValues, MaskedException.of(withoutValues, SecretMask.of(List.of())));
    }

    @Test
    void theMessageCausesAndSuppressedFailuresAreMaskedAndTheStackKept() {
        IllegalArgumentException cause = new IllegalArgumentException("bad password " + PASSWORD);
        RuntimeException failure = new RuntimeException("wrapped", cause);
        failure.addSuppressed(new IllegalStateException("also " + PASSWORD));

        Throwable masked = MaskedException.of(failure, MASK);

        assertEquals("wrapped", masked.getMessage());
        assertArrayEquals(failure.getStackTrace(), masked.getStackTrace());
        assertEquals("bad password ****", masked.getCause().getMessage());
        assertEquals("also ****", masked.getSuppressed()[0].getMessage());
        assertFalse(printed(masked).contains(PASSWORD), printed(masked));
    }

    @Test
    void anAbortStaysAnAbortSoPipelinePrintsOneLine() {
        Throwable masked = MaskedException.of(new AbortException("password=" + PASSWORD), MASK);

        assertInstanceOf(AbortException.class, masked);
        assertEquals("password=****", masked.getMessage());
    }

    @Test
    void valuesShorterThanThreeCharactersAreNotMasked() {
        IllegalStateException failure = new IllegalStateException("abc ab");
        assertSame(failure, MaskedException.of(failure, MASK));
    }

    @Test
    void aCycleOfCausesEnds() {
        IllegalStateException first = new IllegalStateException("first " + PASSWORD);
        IllegalStateException second = new IllegalStateException("second " + PASSWORD, first);
        first.initCause(second);

        Throwable masked = MaskedException.of(first, MASK);

        assertEquals("first ****", masked.getMessage());
        assertEquals("second ****", masked.getCause().getMessage());
        assertEquals("cycle", masked.getCause().getCause().getMessage());
    }

    private static String printed(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
