package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8AndDropsOnlyTheLastLineBreak() throws Exception {
        Path lf = Files.write(dir.resolve("lf"), "pässwörd \n".getBytes(StandardCharsets.UTF_8));
        Path crlf = Files.write(dir.resolve("crlf"), "a\nb\r\n".getBytes(StandardCharsets.UTF_8));
        Path none = Files.write(dir.resolve("none"), "x".getBytes(StandardCharsets.UTF_8));
        Path empty = Files.write(dir.resolve("empty"), "\n".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("pässwörd ".toCharArray(), PasswordSource.fromFile(lf));
        assertArrayEquals("a\nb".toCharArray(), PasswordSource.fromFile(crlf));
        assertArrayEquals("x".toCharArray(), PasswordSource.fromFile(none));
        assertArrayEquals(new char[0], PasswordSource.fromFile(empty));
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1"), new byte[] {'p', (byte) 0xe4, 's'});
        CommandFailure e = assertThrows(CommandFailure.class, () -> PasswordSource.fromFile(latin1));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsTooLargeToBeAPassword() throws Exception {
        Path big = Files.write(dir.resolve("big"), new byte[100_000]);
        CommandFailure e = assertThrows(CommandFailure.class, () -> PasswordSource.fromFile(big));
        assertTrue(e.getMessage().contains("just the password"), e.getMessage());
    }

    @Test
    void readsTheNamedVariableFromTheGivenEnvironment() throws Exception {
        assertArrayEquals("v".toCharArray(), PasswordSource.fromEnvironment(Map.of("PW", "v")::get, "PW"));
        CommandFailure e = assertThrows(
                CommandFailure.class, () -> PasswordSource.fromEnvironment(Map.<String, String>of()::get, "PW"));
        assertTrue(e.getMessage().contains("PW is not set"), e.getMessage());
    }
}
