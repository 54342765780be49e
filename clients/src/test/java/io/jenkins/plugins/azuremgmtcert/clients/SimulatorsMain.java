package io.jenkins.plugins.azuremgmtcert.clients;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * For {@code clients/azure-cli.sh}: starts the simulators with a certificate written as {@code withAzureCert} writes
 * it ({@link SimulatedAzure}), writes {@code FOLDER/env.sh} with the build's variables plus the simulators' URLs and
 * CA files, and serves until the process is stopped or {@code MINUTES} (default 10) have passed, whichever comes
 * first, so that it never outlives its script for long.
 *
 * <pre>java -cp ... io.jenkins.plugins.azuremgmtcert.clients.SimulatorsMain FOLDER [MINUTES]</pre>
 */
public final class SimulatorsMain {

    private SimulatorsMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: SimulatorsMain FOLDER [MINUTES]");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        Duration lifetime = Duration.ofMinutes(args.length == 2 ? Long.parseLong(args[1]) : 10);
        try (SimulatedAzure azure = SimulatedAzure.start(folder)) {
            Map<String, String> exported = new TreeMap<>(azure.variables());
            exported.put("SIMULATED_RESOURCE_MANAGER_URL", azure.entra().resourceManagerUrl() + "/");
            exported.put("SIMULATED_AUTHORITY_URL", azure.entra().authorityUrl().toString());
            exported.put("SIMULATED_ENTRA_CA", azure.entraCa().toString());
            exported.put(
                    "SIMULATED_SERVICE_MANAGEMENT_CA",
                    azure.serviceManagementCa().toString());
            StringBuilder script = new StringBuilder();
            exported.forEach((name, value) -> script.append("export ")
                    .append(name)
                    .append("='")
                    .append(value.replace("'", "'\\''"))
                    .append("'\n"));
            Path env = folder.resolve("env.sh");
            Path partial = folder.resolve("env.sh.partial");
            Files.writeString(partial, script, StandardCharsets.UTF_8);
            Files.move(partial, env);
            System.out.println("simulators ready: " + env);
            Thread.sleep(lifetime.toMillis());
        }
    }
}
