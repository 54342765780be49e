package io.jenkins.plugins.azuremgmtcert.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * How the demo presents itself: numbered headings with a line of explanation, and the tool's own commands run
 * in-process and shown as a user would type them, with their output indented. Paths inside the demo's folder are
 * shown relative to {@code $DEMO}.
 */
final class DemoSteps {

    /** What a command printed (both streams) and returned. */
    record Run(int exitCode, String output) {}

    private final PrintWriter out;
    private final Supplier<Main> tool;
    private final String folder;

    /**
     * @param tool a new instance of the tool, with the environment and clock of the demo's own run, per command
     * @param folder the demo's folder, shown as {@code $DEMO}
     */
    DemoSteps(PrintWriter out, Supplier<Main> tool, Path folder) {
        this.out = out;
        this.tool = tool;
        this.folder = folder.toString();
    }

    void heading(int number, String title, String explanation) {
        out.println();
        out.println("== " + number + ". " + title);
        out.println(explanation);
        out.flush();
    }

    /** Runs {@code azure-mgmt-cert-cli ARGS...}, prints the command line and its output, returns both. */
    Run run(Object... args) {
        List<String> strings = new ArrayList<>();
        for (Object arg : args) {
            strings.add(String.valueOf(arg));
        }
        StringWriter captured = new StringWriter();
        PrintWriter writer = new PrintWriter(captured, true);
        CommandLine commandLine = new CommandLine(tool.get());
        commandLine.setOut(writer);
        commandLine.setErr(writer);
        int exitCode = commandLine.execute(strings.toArray(new String[0]));
        writer.flush();
        out.println("$ azure-mgmt-cert-cli " + shown(String.join(" ", strings)));
        captured.toString().lines().forEach(line -> out.println("    " + shown(line)));
        out.println("  (exit status " + exitCode + ")");
        out.flush();
        return new Run(exitCode, captured.toString());
    }

    /** The text with the demo's folder written as {@code $DEMO}. */
    String shown(String text) {
        return text.replace(folder, "$DEMO");
    }
}
