package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureAccount;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureEnvironmentVariables;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;
import io.jenkins.plugins.azuremgmtcert.domain.files.CertificateMaterializer;
import io.jenkins.plugins.azuremgmtcert.domain.files.LocalSecretDirectory;
import io.jenkins.plugins.azuremgmtcert.domain.files.MaterializedCertificate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The demo's last step: what a build gets inside {@code withAzureCert}, made by the code the step itself uses
 * ({@link CertificateMaterializer} into {@code <workspace>@tmp/azure-mgmt-cert}, {@link AzureEnvironmentVariables}):
 * the variables, with secret values masked as the build log masks them, and the files with their modes; then the
 * clean-up at the end of the block, and proof that nothing is left.
 */
final class BuildFilesPreview {

    /** What the build log shows instead of a secret value. */
    static final String MASK = "****";

    private final PrintWriter out;
    private final UnaryOperator<String> shown;

    /** Prints to {@code out}; {@code shown} shortens paths for display. */
    BuildFilesPreview(PrintWriter out, UnaryOperator<String> shown) {
        this.out = out;
        this.shown = shown;
    }

    /**
     * Materialises {@code certificate} for a build in {@code workspace}, prints what the block sees, cleans up.
     *
     * @return whether everything behaved as a build needs: the PKCS#12 opens with the password variable and the
     *     folder is gone after the clean-up
     */
    boolean show(ManagementCertificate certificate, AzureAccount account, Path workspace)
            throws IOException, InterruptedException {
        Path parent = Files.createDirectories(
                workspace.resolveSibling(workspace.getFileName() + "@tmp").resolve("azure-mgmt-cert"));
        MaterializedCertificate files =
                new CertificateMaterializer().materialize(certificate, new LocalSecretDirectory(parent));
        boolean opens;
        try {
            AzureEnvironmentVariables variables =
                    AzureEnvironmentVariables.of(AzureVariableNames.defaults(), account, files);
            out.println("Variables inside the block (secret values masked as in the build log):");
            for (Map.Entry<String, String> variable : variables.all().entrySet()) {
                boolean secret = variables.secretValues().containsKey(variable.getKey());
                out.printf("  %-31s %s%n", variable.getKey(), secret ? MASK : shown.apply(variable.getValue()));
            }
            out.println("Files (only the build's user can read them):");
            printEntry(Path.of(files.folderPath()));
            for (Path file : list(Path.of(files.folderPath()))) {
                printEntry(file);
            }
            opens = opensWithPassword(files, certificate);
            out.println("certificate.pfx opens with $" + AzureVariableNames.PASSWORD
                    + " and holds the same certificate: " + yesNo(opens));
        } finally {
            files.close();
        }
        boolean gone = !Files.exists(Path.of(files.folderPath()));
        out.println("When the block ends, the folder is deleted. " + shown.apply(files.folderPath()) + " exists: "
                + yesNo(!gone) + "; left in " + shown.apply(parent.toString()) + ": "
                + list(parent).size()
                + " entries");
        out.flush();
        return opens && gone;
    }

    private static boolean opensWithPassword(MaterializedCertificate files, ManagementCertificate expected)
            throws IOException {
        char[] password = files.pfxPassword().toCharArray();
        try {
            ManagementCertificate loaded =
                    CertificateLoader.load(Files.readAllBytes(Path.of(files.pfxPath())), password);
            return loaded.thumbprintSha1().equals(expected.thumbprintSha1());
        } catch (ManagementCertificateException e) {
            return false;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void printEntry(Path path) throws IOException {
        boolean directory = Files.isDirectory(path);
        String mode = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? PosixFilePermissions.toString(Files.getPosixFilePermissions(path))
                : "(no POSIX modes)";
        String size = directory ? "folder" : Files.size(path) + " bytes";
        out.printf("  %s %12s  %s%n", mode, size, shown.apply(path.toString()) + (directory ? "/" : ""));
    }

    private static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
