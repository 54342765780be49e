package io.jenkins.plugins.azuremgmtcert.cli;

import picocli.CommandLine.Option;

/** {@code --force}: the only way to let a command replace an existing file. */
final class ForceOption {

    @Option(names = "--force", description = "Overwrite output files that already exist (default: refuse).")
    boolean force;
}
