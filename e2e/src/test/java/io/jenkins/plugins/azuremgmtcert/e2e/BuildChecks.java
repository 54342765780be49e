package io.jenkins.plugins.azuremgmtcert.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the build tests check in a build's log and on the disks of the controller and the agent (both on this
 * machine): the shell scripts that print every variable, and the checks that the password went nowhere.
 */
final class BuildChecks {
    /** The folder every certificate folder of a workspace lives in: {@code <workspace>@tmp/azure-mgmt-cert}. */
    static final String PARENT_FOLDER = "azure-mgmt-cert";

    /** Under {@code set -x} (Pipeline's and freestyle's default): the trace and the output, both masked. */
    static final String SHOW_THUMBPRINT_AND_PASSWORD = """
            echo "thumbprint=$AZURE_CERTIFICATE_THUMBPRINT"
            echo "password=$AZURE_CERTIFICATE_PASSWORD"
            """;

    /**
     * Prints every variable and what openssl reads from the files, and writes the plain password into {@code
     * password.txt} in the workspace, where the test reads it to search for it everywhere else.
     */
    static final String PRINT_EVERYTHING = """
            set +x
            echo "subscription=$AZURE_SUBSCRIPTION_ID"
            echo "url=[$AZURE_SERVICE_MANAGEMENT_URL]"
            echo "tenant=$AZURE_TENANT_ID client=$AZURE_CLIENT_ID"
            echo "pfx=$AZURE_CERTIFICATE_PFX"
            echo "pem=$AZURE_CERTIFICATE_PEM"
            echo "cer=$AZURE_CERTIFICATE_CER"
            echo "clientcert=$AZURE_CLIENT_CERTIFICATE_PATH"
            echo "arm=$ARM_CLIENT_ID $ARM_TENANT_ID $ARM_SUBSCRIPTION_ID $ARM_ENVIRONMENT"
            echo "armpfx=$ARM_CLIENT_CERTIFICATE_PATH"
            echo "armpassword=$ARM_CLIENT_CERTIFICATE_PASSWORD"
            echo "pfx-mac=$(openssl pkcs12 -in "$AZURE_CERTIFICATE_PFX" -passin env:ARM_CLIENT_CERTIFICATE_PASSWORD -info -noout 2>&1 | awk -F'[ ,]+' '/^MAC:/ {print $2; exit}')"
            echo "folder=$(dirname "$AZURE_CERTIFICATE_PFX")"
            echo "workspace=$(pwd)"
            echo "modes=$(stat -c %a "$(dirname "$AZURE_CERTIFICATE_PFX")" "$AZURE_CERTIFICATE_PFX" "$AZURE_CERTIFICATE_PEM" "$AZURE_CERTIFICATE_CER" | xargs)"
            fp=$(openssl pkcs12 -in "$AZURE_CERTIFICATE_PFX" -passin env:AZURE_CERTIFICATE_PASSWORD -nokeys | openssl x509 -noout -fingerprint -sha1)
            echo "pfx-fingerprint=${fp#*=}"
            fp=$(openssl x509 -inform DER -in "$AZURE_CERTIFICATE_CER" -noout -fingerprint -sha1)
            echo "cer-fingerprint=${fp#*=}"
            fp=$(openssl x509 -in "$AZURE_CERTIFICATE_PEM" -noout -fingerprint -sha1)
            echo "pem-fingerprint=${fp#*=}"
            openssl pkey -in "$AZURE_CERTIFICATE_PEM" -noout && echo "pem-key=readable"
            printf %s "$AZURE_CERTIFICATE_PASSWORD" > password.txt
            """;

    private BuildChecks() {}

    /** The value of the first line {@code key=value} of the log. */
    static String value(String log, String key) {
        Matcher m =
                Pattern.compile("(?m)^" + Pattern.quote(key) + "=(.*?)\\s*$").matcher(log);
        assertTrue(m.find(), "the build printed no " + key + "=; log:\n" + log);
        return m.group(1);
    }

    /**
     * Every variable with the right value (the {@code ARM_} ones too), files openssl reads, owner-only modes, the
     * password masked under both its names, the {@code .pfx} in the default format (SHA-1 MAC, 3DES).
     */
    static void assertEveryVariable(
            String log, Path workspace, String subscription, String thumbprint, String tenant, String client) {
        assertEquals(subscription, value(log, "subscription"));
        assertEquals("[https://management.core.windows.net]", value(log, "url"));
        assertEquals(thumbprint, value(log, "thumbprint"));
        assertEquals(tenant + " client=" + client, value(log, "tenant"));
        assertEquals(workspace.toString(), value(log, "workspace"));
        Path folder = Path.of(value(log, "folder"));
        assertEquals(
                workspace.resolveSibling(workspace.getFileName() + "@tmp").resolve(PARENT_FOLDER),
                folder.getParent(),
                "the certificate folder is not in <workspace>@tmp/" + PARENT_FOLDER);
        for (String file : List.of("pfx", "pem", "cer")) {
            assertEquals(folder, Path.of(value(log, file)).getParent(), file + " is not in the certificate folder");
        }
        assertEquals(value(log, "pem"), value(log, "clientcert"), "AZURE_CLIENT_CERTIFICATE_PATH is not the PEM");
        assertEquals(client + " " + tenant + " " + subscription + " public", value(log, "arm"), "the ARM_ variables");
        assertEquals(value(log, "pfx"), value(log, "armpfx"), "ARM_CLIENT_CERTIFICATE_PATH is not the .pfx");
        assertTrue(
                Pattern.compile("(?m)^armpassword=\\*\\*\\*\\*$").matcher(log).find(),
                "ARM_CLIENT_CERTIFICATE_PASSWORD is not masked:\n" + log);
        assertEquals("sha1", value(log, "pfx-mac"), "the .pfx is not in the format every reader opens");
        assertEquals("700 400 400 400", value(log, "modes"), "the folder and files are not owner-only");
        for (String reader : List.of("pfx-fingerprint", "cer-fingerprint", "pem-fingerprint")) {
            assertEquals(thumbprint, value(log, reader).replace(":", "").toUpperCase(), reader);
        }
        assertEquals("readable", value(log, "pem-key"));
        assertTrue(log.contains("+ echo password=****"), "the set -x trace does not mask the password:\n" + log);
        assertTrue(
                Pattern.compile("(?m)^password=\\*\\*\\*\\*$").matcher(log).find(),
                "the echoed password is not masked:\n" + log);
    }

    /** The plain password the block wrote into {@code password.txt} in the workspace. */
    static String capturedPassword(Path workspace) throws IOException {
        String password = Files.readString(workspace.resolve("password.txt"), StandardCharsets.UTF_8);
        assertTrue(password.length() >= 16, "not a generated password: " + password.length() + " characters");
        return password;
    }

    /** No file under {@code dir} (absent: nothing to check) contains {@code secret}. */
    static void assertNowhere(String secret, Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (NoSuchFileException gone) {
                    return FileVisitResult.CONTINUE;
                }
                assertFalse(
                        new String(bytes, StandardCharsets.ISO_8859_1)
                                .contains(new String(needle, StandardCharsets.ISO_8859_1)),
                        file + " holds the plain password");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /** Every path below {@code dir}, relative, sorted; empty if {@code dir} does not exist. */
    static List<String> tree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> all = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.filter(p -> !p.equals(dir))
                    .map(p -> dir.relativize(p) + (Files.isDirectory(p) ? "/" : ""))
                    .sorted()
                    .forEach(all::add);
        }
        return all;
    }

    /** {@code <workspace>@tmp}, where the plugin and durable-task keep their folders. */
    static Path tmp(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + "@tmp");
    }
}
