package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.asm.ServiceManagementClient;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark harness, not a timed test: Test Connection round trips against the Service Management simulator next to
 * curl doing the same requests. One round is what one click does: a new {@link ServiceManagementClient} (new TLS context,
 * new connection, full handshake with the client certificate), Get Subscription, then List Cloud Services. The curl
 * side of a round is one {@code curl --cert cert.pem --key key.pem --cacert ca.pem -H 'x-ms-version: 2014-10-01'}
 * process fetching the same two URLs over one connection (one handshake, two requests, as the client). Rounds
 * alternate between the two so both see the same load; 5 warm-up rounds each are not counted.
 *
 * <p>Prints median and 90th percentile of: the client's round, curl's whole process (start-up included), and
 * curl's own transfer time ({@code -w %{time_total}} summed over the two requests, start-up excluded), and the
 * ratios. Run (see docs/benchmarks.md) with {@code java -cp ...
 * io.jenkins.plugins.azuremgmtcert.cli.TestConnectionBenchmark [ROUNDS]} (default 30), or from Maven with
 * {@code -Dtest=TestConnectionBenchmark -Dbenchmark=true}; otherwise the test is skipped.
 */
class TestConnectionBenchmark {

    private static final int DEFAULT_ROUNDS = 30;
    private static final int WARM_UP = 5;

    /** The same from Maven; skipped unless {@code -Dbenchmark=true}. Asserts nothing about the times. */
    @Test
    @EnabledIfSystemProperty(named = "benchmark", matches = "true")
    void runsTheBenchmark() throws Exception {
        main(new String[] {System.getProperty("benchmark.rounds", String.valueOf(DEFAULT_ROUNDS))});
    }

    /**
     * The JDK HTTP server (the simulator) leaves Nagle's algorithm on unless told otherwise; its responses then wait
     * for the client's delayed ACK, about 40 ms per request on Linux, which both sides would pay alike and which
     * would hide everything else. The benchmark measures without that stall unless the property is set already
     * ({@code -Dsun.net.httpserver.nodelay=false} shows it).
     */
    static final String SERVER_NO_DELAY = "sun.net.httpserver.nodelay";

    /** Runs the rounds and prints the statistics. */
    public static void main(String[] args) throws Exception {
        if (System.getProperty(SERVER_NO_DELAY) == null) {
            System.setProperty(SERVER_NO_DELAY, "true");
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUNDS;
        String subscription = UUID.randomUUID().toString();
        ManagementCertificate certificate =
                CertificateGenerator.forName("benchmark").generate();
        Path dir = Files.createTempDirectory("test-connection-benchmark");
        try (ServiceManagementSimulator azure =
                ServiceManagementSimulator.builder().build()) {
            azure.addSubscription(subscription, "Benchmark", "Active");
            azure.uploadCertificate(subscription, certificate.certificate());
            azure.addHostedService(subscription, "web", "West Europe", "Created");
            azure.addHostedService(subscription, "worker", "North Europe", "Created");
            ConnectionSettings settings = ConnectionSettings.defaults().withTrustStore(azure.trustStore());
            Curl curl = new Curl(
                    writeFiles(dir, certificate, azure.trustStore()),
                    List.of(
                            azure.url() + "/" + subscription,
                            azure.url() + "/" + subscription + "/services/hostedservices"));
            List<Double> client = new ArrayList<>();
            List<Double> curlProcess = new ArrayList<>();
            List<Double> curlTransfer = new ArrayList<>();
            List<Double> curlHandshake = new ArrayList<>();
            for (int round = -WARM_UP; round < rounds; round++) {
                long start = System.nanoTime();
                ConnectionResult result =
                        new ServiceManagementClient(settings).testConnection(azure.url(), subscription, certificate);
                double clientMillis = (System.nanoTime() - start) / 1e6;
                if (!result.isSuccess() || result.hostedServices().size() != 2) {
                    throw new IllegalStateException("the client did not connect: " + result);
                }
                start = System.nanoTime();
                double[] curlTimes = curl.run();
                double processMillis = (System.nanoTime() - start) / 1e6;
                if (round >= 0) {
                    client.add(clientMillis);
                    curlProcess.add(processMillis);
                    curlHandshake.add(curlTimes[0]);
                    curlTransfer.add(curlTimes[1]);
                }
            }
            System.out.printf(
                    "%d rounds (after %d warm-up rounds), %d cores, load average %.2f, %s, server %s=%s%n",
                    rounds,
                    WARM_UP,
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    SERVER_NO_DELAY,
                    System.getProperty(SERVER_NO_DELAY));
            print("Test Connection (client, 2 requests)", client);
            print("curl process (2 requests, start-up included)", curlProcess);
            print("curl transfers only (time_total, 2 requests)", curlTransfer);
            print("  of which connect + TLS handshake", curlHandshake);
            System.out.printf(
                    "ratio of medians: client / curl process = %.2f, client / curl transfers = %.2f%n",
                    median(client) / median(curlProcess), median(client) / median(curlTransfer));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** cert.pem, key.pem (0600) and ca.pem for curl. */
    private static Path writeFiles(Path dir, ManagementCertificate certificate, KeyStore trust) throws Exception {
        Files.writeString(dir.resolve("cert.pem"), CertificateExporter.toPemCertificate(certificate.certificate()));
        Path key = Files.createFile(
                dir.resolve("key.pem"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
                key,
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(certificate.privateKey().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        StringBuilder ca = new StringBuilder();
        for (String alias : Collections.list(trust.aliases())) {
            ca.append(CertificateExporter.toPemCertificate((X509Certificate) trust.getCertificate(alias)));
        }
        Files.writeString(dir.resolve("ca.pem"), ca);
        return dir;
    }

    private static void print(String what, List<Double> millis) {
        System.out.printf("%-46s median %7.2f ms   p90 %7.2f ms%n", what, median(millis), percentile(millis, 90));
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    /** One curl process fetching both URLs over one connection. */
    private record Curl(Path dir, List<String> urls) {

        /**
         * Runs curl; returns, in milliseconds, the TLS set-up of the first transfer ({@code time_appconnect}) and
         * the sum of both transfers' {@code time_total}.
         */
        double[] run() throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(
                    "curl",
                    "-sS",
                    "--fail",
                    "--cert",
                    dir.resolve("cert.pem").toString(),
                    "--key",
                    dir.resolve("key.pem").toString(),
                    "--cacert",
                    dir.resolve("ca.pem").toString(),
                    "-H",
                    "x-ms-version: 2014-10-01",
                    "-w",
                    "%{time_appconnect} %{time_total}\\n"));
            for (String url : urls) {
                command.add("-o");
                command.add("/dev/null");
                command.add(url);
            }
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("curl failed: " + output);
            }
            List<double[]> transfers = output.lines()
                    .map(line -> Stream.of(line.trim().split(" "))
                            .mapToDouble(Double::parseDouble)
                            .toArray())
                    .toList();
            double total = transfers.stream().mapToDouble(times -> times[1]).sum();
            return new double[] {transfers.get(0)[0] * 1000, total * 1000};
        }
    }
}
