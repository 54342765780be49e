package io.jenkins.plugins.azuremgmtcert.domain.files;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Benchmark harness, not a test: materialise a certificate into a private folder on local disk and delete it again,
 * 100 timed runs after 20 warm-up runs, and print the median and 90th percentile. Two variants: writing files that
 * were exported already ({@code write+cleanup}), and exporting the certificate with {@code CertificateExporter}
 * (a PKCS#12 with a new password, the PEM and the .cer) first, as every build does ({@code export+write+cleanup}).
 *
 * <p>Run from the worktree root after {@code mvn -f offline/pom.xml -q install -DskipTests}:
 * {@code java -cp "offline/plugin/target/test-classes:offline/plugin/target/classes:$(cat cp.txt)"
 * io.jenkins.plugins.azuremgmtcert.domain.files.MaterializeBenchmark} (see docs/benchmarks.md).
 */
public final class MaterializeBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 100;

    private MaterializeBenchmark() {}

    /** Runs both variants and prints one line each. */
    public static void main(String[] args) throws Exception {
        ManagementCertificate certificate = CertificateGenerator.forName("benchmark").generate();
        CertificateFileSet exported = CertificateFileSet.export(certificate, new SecureRandom());
        Path parent = Files.createTempDirectory("materialize-benchmark");
        LocalSecretDirectory directory = new LocalSecretDirectory(parent);
        CertificateMaterializer materializer = new CertificateMaterializer();
        try {
            report("write+cleanup", time(() -> materializer.materialize(exported, directory).close()));
            report("export+write+cleanup", time(() -> materializer.materialize(certificate, directory).close()));
        } finally {
            SecretDirectoryRemover.deleteRecursively(directory);
        }
    }

    private static long[] time(Run run) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            run.run();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String name, long[] sorted) {
        System.out.printf("%-22s median %.2f ms, p90 %.2f ms, max %.2f ms (%d runs)%n", name,
                sorted[RUNS / 2] / 1e6, sorted[RUNS * 9 / 10] / 1e6, sorted[RUNS - 1] / 1e6, RUNS);
    }

    @FunctionalInterface
    private interface Run {
        void run() throws Exception;
    }
}
