package io.jenkins.plugins.azuremgmtcert.domain.files;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Benchmark harness, not a test: materialise a certificate into a private folder on local disk and delete it again,
 * 100 timed runs after 20 warm-up runs, and print the median, 90th percentile and maximum of the wall-clock time and
 * the median CPU time of the calling thread (which other processes on a busy machine do not inflate). Two variants: writing files that
 * were exported already ({@code write+cleanup}), and exporting the certificate with {@code CertificateExporter}
 * (a PKCS#12 with a new password, the PEM and the .cer) first, as every build does ({@code export+write+cleanup},
 * the default format: 3DES, SHA-1 MAC), and the same with the modern format ({@code modern export+write+cleanup}:
 * AES-256, SHA-256 MAC; {@code modernPfx: true}).
 *
 * <p>Run from the worktree root after {@code mvn -f offline/pom.xml -q install -DskipTests}:
 * {@code java -cp "offline/plugin/target/test-classes:offline/plugin/target/classes:$(cat cp.txt)"
 * io.jenkins.plugins.azuremgmtcert.domain.files.MaterializeBenchmark} (see docs/benchmarks.md).
 */
public final class MaterializeBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 100;

    private MaterializeBenchmark() {}

    /** Runs the three variants and prints one line each. */
    public static void main(String[] args) throws Exception {
        ManagementCertificate certificate =
                CertificateGenerator.forName("benchmark").generate();
        CertificateFileSet exported = CertificateFileSet.export(certificate, new SecureRandom());
        Path parent = Files.createTempDirectory("materialize-benchmark");
        LocalSecretDirectory directory = new LocalSecretDirectory(parent);
        CertificateMaterializer materializer = new CertificateMaterializer();
        try {
            report(
                    "write+cleanup",
                    time(() -> materializer.materialize(exported, directory).close()));
            report(
                    "export+write+cleanup",
                    time(() -> materializer.materialize(certificate, directory).close()));
            SecureRandom random = new SecureRandom();
            report(
                    "modern export+write+cleanup",
                    time(() -> materializer
                            .materialize(
                                    CertificateFileSet.export(certificate, random, Pkcs12Encryption.MODERN), directory)
                            .close()));
        } finally {
            SecretDirectoryRemover.deleteRecursively(directory);
        }
    }

    /** Wall-clock and this thread's CPU time of each run, each sorted. */
    private static long[][] time(Run run) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            run.run();
        }
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            run.run();
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new long[][] {wall, cpu};
    }

    private static void report(String name, long[][] sorted) {
        long[] wall = sorted[0];
        long[] cpu = sorted[1];
        System.out.printf(
                "%-28s wall median %.2f ms, p90 %.2f ms, max %.2f ms; CPU median %.2f ms (%d runs)%n",
                name, wall[RUNS / 2] / 1e6, wall[RUNS * 9 / 10] / 1e6, wall[RUNS - 1] / 1e6, cpu[RUNS / 2] / 1e6, RUNS);
    }

    @FunctionalInterface
    private interface Run {
        void run() throws Exception;
    }
}
