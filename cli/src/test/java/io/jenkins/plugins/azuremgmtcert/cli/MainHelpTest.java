package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainHelpTest {

    private final CliRunner cli = new CliRunner();

    @Test
    void topLevelHelpWalksThroughTheCommandsInTheOrderAnAdministratorUsesThem() {
        CliRunner.Result result = cli.run("--help");
        assertEquals(0, result.exitCode(), result::toString);
        String out = result.out();
        int generate = out.indexOf("1. generate");
        int upload = out.indexOf("2. in Azure");
        int inspect = out.indexOf("3. inspect");
        int convert = out.indexOf("4. convert");
        assertTrue(generate > 0 && generate < upload && upload < inspect && inspect < convert, out);
        int commands = out.indexOf("Commands:");
        String list = out.substring(commands);
        assertTrue(
                list.indexOf("generate") < list.indexOf("inspect")
                        && list.indexOf("inspect") < list.indexOf("convert")
                        && list.indexOf("convert") < list.indexOf("export-cer")
                        && list.indexOf("export-cer") < list.indexOf("publishsettings"),
                list);
        assertTrue(out.lines().allMatch(line -> line.length() <= 80), "help fits an 80-column terminal");
    }

    @Test
    void withoutCommandPrintsTheWalkThroughAsAWrongCommandLine() {
        CliRunner.Result result = cli.run();
        assertEquals(2, result.exitCode(), "--help says 2 is a wrong command line");
        assertTrue(result.err().contains("The usual order:"), result::toString);
        assertEquals("", result.out());
    }

    /** Issue 11.7: one line and where the help is, not 40 lines of help; exit 2. */
    @Test
    void aUsageErrorIsOneLineAndAPointerToTheHelp() {
        CliRunner.Result result = cli.run("inspect", "--no-such-option", "x.pfx");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(
                List.of(
                        "error: Unknown option: '--no-such-option'",
                        "Run 'azure-mgmt-cert-cli inspect --help' for its options."),
                result.err().lines().toList());
    }

    /** Issue 11.6: --version on the tool and on every command. */
    @ParameterizedTest
    @ValueSource(
            strings = {"generate", "inspect", "convert", "export-cer", "publishsettings", "test", "demo", "simulate"})
    void everyCommandPrintsTheVersion(String command) {
        CliRunner.Result result = cli.run(command, "--version");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("azure-mgmt-cert-cli "), result::toString);
        CliRunner.Result top = cli.run("-V");
        assertEquals(result.out(), top.out());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"generate", "inspect", "convert", "export-cer", "publishsettings", "test", "demo", "simulate"})
    void everyCommandHasHelp(String command) {
        CliRunner.Result result = cli.run(command, "--help");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("Usage: azure-mgmt-cert-cli " + command), result.out());
        assertTrue(result.out().contains("Exit status:"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRunner.Result result = cli.run("frobnicate");
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("frobnicate"), result.err());
    }
}
