package io.jenkins.plugins.azuremgmtcert.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI in-process with its own environment variables and clock, capturing both output streams. */
final class CliRunner {

    private final Map<String, String> environment = new HashMap<>();
    private Clock clock = Clock.systemUTC();

    CliRunner env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    CliRunner clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    Result run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new Main(environment::get, clock));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        int exitCode = commandLine.execute(strings);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {

        /** The single line printed on standard error. */
        String errorLine() {
            String trimmed = err.strip();
            if (trimmed.isEmpty() || trimmed.contains("\n")) {
                throw new AssertionError("expected exactly one line on stderr, got: <" + err + ">");
            }
            return trimmed;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }
}
