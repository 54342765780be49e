package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException.Reason;
import org.junit.jupiter.api.function.Executable;

/** Asserts that loading fails with a given reason and a message that says (part of) what to do. */
final class LoaderFailures {

    private LoaderFailures() {}

    static ManagementCertificateException assertFailure(Reason reason, String messagePart, Executable load) {
        ManagementCertificateException e = assertThrows(ManagementCertificateException.class, load);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), () -> "'" + messagePart + "' not in: " + e.getMessage());
        return e;
    }
}
