package io.jenkins.plugins.azuremgmtcert.cli;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code azure-mgmt-cert-cli.jar}: the top-level command, whose subcommands do the work. Holds what
 * the commands take from the outside world (environment variables for passwords, the clock for validity checks) so
 * tests can run them in-process with their own.
 */
@Command(
        name = "azure-mgmt-cert-cli",
        mixinStandardHelpOptions = true,
        versionProvider = ToolVersion.class,
        description = {
            "Creates, checks and converts the certificate with which Jenkins authenticates",
            "to Azure (the \"Azure Management Certificate\" credential), without Jenkins.",
            "",
            "A management certificate is a key pair: Azure keeps the public certificate",
            "(a .cer file), Jenkins keeps the certificate with its private key (a .pfx).",
            "",
            "The usual order:",
            "  1. generate    create the key pair: a .pfx for Jenkins, a .cer for Azure",
            "  2. in Azure    upload the .cer (the subscription's Management certificates",
            "                 page, or Certificates of the app registration)",
            "  3. inspect     check the .pfx (private key, key size, expiry, thumbprint)",
            "                 before you add it to Jenkins",
            "  4. convert     change password or format (.pfx with or without password,",
            "                 PEM) if another tool needs it",
            "  5. test        test it against Azure, as Test Connection in Jenkins does",
            "Also: export-cer writes the .cer of an existing .pfx; publishsettings",
            "extracts the certificate from an old .publishsettings file; demo walks",
            "through all of it against local simulators of Azure; simulate runs those",
            "simulators for your own tools, with withAzureCert's variables in a file.",
            "",
            "Passwords come from an environment variable (--password-env VAR) or a file",
            "(--password-file FILE), never from the command line. Files with a private key",
            "get mode 0600; no file is overwritten without --force.",
            ""
        },
        subcommands = {
            GenerateCommand.class,
            InspectCommand.class,
            ConvertCommand.class,
            ExportCerCommand.class,
            PublishSettingsCommand.class,
            TestCommand.class,
            DemoCommand.class,
            SimulateCommand.class
        },
        footer = {
            "",
            "Run 'azure-mgmt-cert-cli COMMAND --help' for the options of a command.",
            "Example: azure-mgmt-cert-cli generate --name ci --out ci.pfx --cer ci.cer",
            "See it all work first: azure-mgmt-cert-cli demo"
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:done; the certificate is usable",
            "1:not usable or failed (the reason is on standard error)",
            "2:wrong command line"
        })
public final class Main implements Callable<Integer> {

    /** The JDK property listing the authentication schemes refused for proxy tunnels ("Basic" by default). */
    static final String TUNNELING_DISABLED_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

    @Spec
    CommandSpec spec;

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
        allowBasicProxyAuthentication(System::getenv);
        int status = execute(commandLine(new Main()), args, System.err);
        // else the JVM's exit waits 0.3 s for the HTTP clients' selector threads, which sit in native code
        HttpClientThreads.stopAll();
        System.exit(status);
    }

    /**
     * The command line of {@code main}, as the tool runs it: every command answers {@code --version} with the tool's
     * version; a wrong command line prints its one-line reason and where the help is, never the whole help, and
     * exits with {@link ExitCodes#USAGE}; an unexpected exception is one line and {@link ExitCodes#NOT_USABLE}.
     */
    static CommandLine commandLine(Main main) {
        CommandLine commandLine = new CommandLine(main);
        IVersionProvider version = new ToolVersion();
        for (CommandLine command : commandLine.getSubcommands().values()) {
            command.getCommandSpec().versionProvider(version);
        }
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr()
                    .println("error: unexpected " + e.getClass().getSimpleName() + ": " + OneLine.of(e.getMessage()));
            return ExitCodes.NOT_USABLE;
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("error: " + OneLine.of(e.getMessage()));
            cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for its options.");
            cmd.getErr().flush();
            return ExitCodes.USAGE;
        });
        return commandLine;
    }

    /**
     * Runs the command line; picocli hands exceptions to the handler set above, but an error (out of memory, say)
     * would end the process with a stack trace: it becomes one line on {@code err} and exit code 1 instead.
     */
    static int execute(CommandLine commandLine, String[] args, java.io.PrintStream err) {
        try {
            return commandLine.execute(args);
        } catch (Error e) {
            err.println("error: " + e.getClass().getSimpleName() + ": " + OneLine.of(e.getMessage()));
            return ExitCodes.NOT_USABLE;
        }
    }

    /**
     * The JDK's HTTP client refuses Basic authentication to a proxy for https tunnels unless the system property
     * {@value #TUNNELING_DISABLED_SCHEMES} says otherwise. When the user put credentials into {@code https_proxy}
     * they asked for exactly that (as curl does it), so this process allows it, before any client exists. The
     * credentials still go to the proxy only (see {@code ProxyCredentials}). A value set by the user is kept.
     */
    static void allowBasicProxyAuthentication(Function<String, String> environment) {
        if (System.getProperty(TUNNELING_DISABLED_SCHEMES) != null) {
            return;
        }
        try {
            ProxyEnvironment proxy = ProxyEnvironment.read(environment);
            if (proxy != null && proxy.hasCredentials()) {
                System.setProperty(TUNNELING_DISABLED_SCHEMES, "");
            }
        } catch (CommandFailure e) {
            // the test command reports the unusable variable itself
        }
    }

    /** Without a command: the usage, on standard error, and the status of a wrong command line. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    Function<String, String> environment() {
        return environment;
    }

    Clock clock() {
        return clock;
    }
}
