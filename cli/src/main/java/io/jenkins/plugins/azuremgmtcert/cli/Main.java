package io.jenkins.plugins.azuremgmtcert.cli;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code azure-mgmt-cert-cli.jar}: the top-level command, whose subcommands do the work. Holds what
 * the commands take from the outside world (environment variables for passwords, the clock for validity checks) so
 * tests can run them in-process with their own.
 */
@Command(name = "azure-mgmt-cert-cli", mixinStandardHelpOptions = true,
        version = "azure-mgmt-cert-cli, the command-line tool of the Jenkins Azure Management Certificate plugin",
        description = {
            "Creates, checks and converts the certificate with which Jenkins authenticates to Azure (the \"Azure "
                    + "Management Certificate\" credential), on any machine with Java, without Jenkins.",
            "",
            "A management certificate is a key pair. Azure keeps the public certificate (.cer); Jenkins keeps the "
                    + "certificate with its private key (.pfx). The usual order:",
            "",
            "  1. generate   Create the key pair: a .pfx for Jenkins and a .cer for Azure.",
            "  2. (Azure)    Upload the .cer: on the subscription's \"Management certificates\" page, or as a "
                    + "certificate of the app registration (service principal).",
            "  3. inspect    Check the .pfx (private key, key size, expiry, thumbprint) before you add it to "
                    + "Jenkins.",
            "  4. convert    Change password or format if a tool needs it (.pfx with or without password, PEM).",
            "",
            "Also: export-cer writes the .cer of an existing .pfx; publishsettings extracts the certificate from an "
                    + "old .publishsettings file.",
            "",
            "Passwords are read from an environment variable (--password-env VAR) or a file (--password-file "
                    + "FILE), never from the command line. Files with a private key are written with mode 0600, "
                    + "and no file is overwritten without --force.",
            ""},
        subcommands = {GenerateCommand.class, InspectCommand.class, ConvertCommand.class, ExportCerCommand.class,
            PublishSettingsCommand.class},
        footer = {"", "Run 'azure-mgmt-cert-cli COMMAND --help' for the options of a command.",
            "Example: azure-mgmt-cert-cli generate --name ci --out ci.pfx --cer ci.cer"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done; the certificate is usable", "1:not usable or failed (the reason is on standard error)",
            "2:wrong command line"})
public final class Main implements Runnable {

    private final Function<String, String> environment;
    private final Clock clock;

    /** Reads the real environment and clock. */
    public Main() {
        this(System::getenv, Clock.systemUTC());
    }

    /** For tests and embedding: passwords named by {@code --password-env} come from {@code environment}. */
    public Main(Function<String, String> environment, Clock clock) {
        this.environment = Objects.requireNonNull(environment);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Runs the tool and exits with its status. */
    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("error: unexpected " + e.getClass().getSimpleName() + ": " + OneLine.of(e.getMessage()));
            return ExitCodes.NOT_USABLE;
        });
        System.exit(commandLine.execute(args));
    }

    /** Without a command: the walk-through. */
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    Function<String, String> environment() {
        return environment;
    }

    Clock clock() {
        return clock;
    }
}
