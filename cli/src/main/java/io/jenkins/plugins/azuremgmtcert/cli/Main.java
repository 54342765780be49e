package io.jenkins.plugins.azuremgmtcert.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code azure-mgmt-cert-cli.jar}. */
@Command(name = "azure-mgmt-cert-cli", mixinStandardHelpOptions = true,
        description = "Inspect, generate and convert Azure management certificates.")
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
