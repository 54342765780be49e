package io.jenkins.plugins.azuremgmtcert.domain.files;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Demonstration, not a test: what a {@code withAzureCert} block gets (variables and files, with their modes), then
 * that the files are gone once it ends. Uses a generated certificate and a temporary "workspace". Run like {@link
 * MaterializeBenchmark}.
 */
public final class MaterializeDemo {

    private MaterializeDemo() {}

    /** Prints the variables and files, cleans up, and prints that nothing is left. */
    public static void main(String[] args) throws Exception {
        Path workspace = Files.createTempDirectory("demo-workspace");
        Path parent = Files.createDirectories(
                workspace.resolveSibling(workspace.getFileName() + "@tmp").resolve("azure-mgmt-cert"));
        ManagementCertificate certificate = CertificateGenerator.forName("demo").generate();
        MaterializedCertificate files =
                new CertificateMaterializer().materialize(certificate, new LocalSecretDirectory(parent));
        AzureEnvironmentVariables variables = AzureEnvironmentVariables.of(
                AzureVariableNames.defaults(),
                new AzureAccount(
                        "00000000-0000-0000-0000-000000000000",
                        "https://management.core.windows.net/",
                        certificate.thumbprintSha1(),
                        "demo-tenant",
                        "demo-client",
                        null),
                files);
        System.out.println("Variables inside the block (secret values masked as the console does):");
        for (Map.Entry<String, String> e : variables.all().entrySet()) {
            boolean secret = variables.secretValues().containsKey(e.getKey());
            System.out.printf("  %-32s %s%n", e.getKey(), secret ? "****" : e.getValue());
        }
        System.out.println("Files:");
        print(Path.of(files.folderPath()));
        try (var entries = Files.list(Path.of(files.folderPath()))) {
            for (Path file : entries.sorted().toList()) {
                print(file);
            }
        }
        files.close();
        System.out.println(
                "After the block: " + files.folderPath() + " exists = " + Files.exists(Path.of(files.folderPath())));
        Files.delete(parent);
        Files.delete(parent.getParent());
        Files.delete(workspace);
    }

    private static void print(Path path) throws Exception {
        String mode = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? PosixFilePermissions.toString(Files.getPosixFilePermissions(path))
                : "(no POSIX modes)";
        System.out.printf("  %s %6d %s%n", mode, Files.isDirectory(path) ? 0 : Files.size(path), path);
    }
}
