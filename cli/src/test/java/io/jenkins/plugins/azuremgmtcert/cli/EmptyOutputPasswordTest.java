package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11.7: an empty output password is refused, not reported as "password-protected". */
class EmptyOutputPasswordTest {

    @Test
    void anEmptyOutputPasswordIsRefusedAndNothingIsWritten(@TempDir Path dir) {
        Path pfx = dir.resolve("empty.pfx");
        CliRunner.Result result = new CliRunner()
                .env("EMPTY", "")
                .run("generate", "--name", "empty", "--out", pfx, "--out-password-env", "EMPTY");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().contains("the output password is empty"), result::toString);
        assertFalse(result.out().contains("password-protected"), result::toString);
        assertFalse(Files.exists(pfx), "a file was written");
    }
}
