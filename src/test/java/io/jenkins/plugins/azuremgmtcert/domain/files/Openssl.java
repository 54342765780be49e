package io.jenkins.plugins.azuremgmtcert.domain.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code openssl} command line with a timeout; arguments of the form NAME=value become its environment. */
final class Openssl {

    private Openssl() {}

    static String run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        for (String argument : arguments) {
            if (argument.matches("[A-Z_]+=.*")) {
                String[] pair = argument.split("=", 2);
                builder.environment().put(pair[0], pair[1]);
            } else {
                command.add(argument);
            }
        }
        builder.command(command);
        Process process = builder.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(30, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertTrue(finished, "openssl timed out");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
