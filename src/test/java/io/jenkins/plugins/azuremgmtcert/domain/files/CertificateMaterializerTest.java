package io.jenkins.plugins.azuremgmtcert.domain.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Thumbprints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateMaterializerTest {

    private static TestCertificateFiles fixture;
    private static CertificateFileSet files;

    private final CertificateMaterializer materializer = new CertificateMaterializer();

    @TempDir
    Path parent;

    @BeforeAll
    static void generateCertificateOnce() throws Exception {
        fixture = TestCertificateFiles.generate();
        files = fixture.fileSet();
    }

    @Test
    void writesThreeFixedNamedFilesIntoANewRandomFolder() throws Exception {
        try (MaterializedCertificate written = materializer.materialize(files, new LocalSecretDirectory(parent))) {
            Path folder = Path.of(written.folderPath());
            assertEquals(parent.toAbsolutePath(), folder.getParent());
            assertTrue(written.folderName().matches("[0-9a-f]{32}"), written.folderName());
            assertEquals(folder.resolve("certificate.pfx").toString(), written.pfxPath());
            assertEquals(folder.resolve("certificate.pem").toString(), written.pemPath());
            assertEquals(folder.resolve("certificate.cer").toString(), written.cerPath());
            try (Stream<Path> entries = Files.list(folder)) {
                assertEquals(3, entries.count());
            }
        }
    }

    @Test
    void folderIsOwnerOnlyAndFilesAreOwnerReadOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        try (MaterializedCertificate written = materializer.materialize(files, new LocalSecretDirectory(parent))) {
            assertEquals("rwx------", mode(Path.of(written.folderPath())));
            for (String file : List.of(written.pfxPath(), written.pemPath(), written.cerPath())) {
                assertEquals("r--------", mode(Path.of(file)), file);
            }
        }
    }

    @Test
    void pfxOpensWithThePasswordAndHoldsTheKeyAndCertificate() throws Exception {
        try (MaterializedCertificate written = materializer.materialize(files, new LocalSecretDirectory(parent))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(Path.of(written.pfxPath()))) {
                store.load(in, written.pfxPassword().toCharArray());
            }
            String alias = store.aliases().nextElement();
            PrivateKey key =
                    (PrivateKey) store.getKey(alias, written.pfxPassword().toCharArray());
            assertArrayEquals(fixture.keyPair.getPrivate().getEncoded(), key.getEncoded());
            assertEquals(fixture.certificate, store.getCertificate(alias));
        }
    }

    @Test
    void pemAndCerMatchTheThumbprint() throws Exception {
        String thumbprint = Thumbprints.sha1(fixture.certificate);
        try (MaterializedCertificate written = materializer.materialize(files, new LocalSecretDirectory(parent))) {
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            X509Certificate cer = (X509Certificate)
                    x509.generateCertificate(new ByteArrayInputStream(Files.readAllBytes(Path.of(written.cerPath()))));
            assertEquals(thumbprint, Thumbprints.sha1(cer));
            byte[] pem = Files.readAllBytes(Path.of(written.pemPath()));
            X509Certificate fromPem = (X509Certificate) x509.generateCertificate(new ByteArrayInputStream(pem));
            assertEquals(thumbprint, Thumbprints.sha1(fromPem));
            assertTrue(new String(pem, StandardCharsets.US_ASCII).contains("-----BEGIN PRIVATE KEY-----"));
        }
    }

    @Test
    void opensslReadsEveryFile() throws Exception {
        String thumbprint = Thumbprints.sha1(fixture.certificate);
        try (MaterializedCertificate written = materializer.materialize(files, new LocalSecretDirectory(parent))) {
            String cer = ExternalTool.openssl(
                    parent, "x509", "-inform", "DER", "-in", written.cerPath(), "-noout", "-fingerprint", "-sha1");
            assertTrue(cer.replace(":", "").toUpperCase().contains(thumbprint), cer);
            String pem =
                    ExternalTool.openssl(parent, "x509", "-in", written.pemPath(), "-noout", "-fingerprint", "-sha1");
            assertTrue(pem.replace(":", "").toUpperCase().contains(thumbprint), pem);
            assertTrue(ExternalTool.openssl(parent, "rsa", "-in", written.pemPath(), "-check", "-noout")
                    .contains("RSA key ok"));
            String pfx = ExternalTool.openssl(
                    parent,
                    Map.of("PFX_PASSWORD", written.pfxPassword()),
                    "pkcs12",
                    "-in",
                    written.pfxPath(),
                    "-passin",
                    "env:PFX_PASSWORD",
                    "-nokeys",
                    "-clcerts");
            assertTrue(pfx.contains("BEGIN CERTIFICATE"), pfx);
        }
    }

    @Test
    void randomPasswordsAreLongLettersAndDigitsAndNeverRepeat() {
        SecureRandom random = new SecureRandom();
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = new String(CertificateFileSet.randomPassword(random));
            assertTrue(password.matches("[A-Za-z0-9]{32}"), password);
            assertTrue(passwords.add(password));
        }
    }

    @Test
    void deletesWhatItWroteWhenAWriteFails() throws Exception {
        IOException diskFull = new IOException("disk full");
        SecretDirectory failingOnPem =
                new FailingDirectory(new LocalSecretDirectory(parent), "certificate.pem", diskFull);
        IOException thrown = assertThrows(IOException.class, () -> materializer.materialize(files, failingOnPem));
        assertSame(diskFull, thrown);
        assertParentIsEmpty();
    }

    @Test
    void closeDeletesEverythingIncludingFilesTheBuildAddedAndMayRunTwice() throws Exception {
        MaterializedCertificate written = materializer.materialize(files, new LocalSecretDirectory(parent));
        Path folder = Path.of(written.folderPath());
        Files.writeString(folder.resolve("added-by-build.txt"), "x");
        Files.createDirectories(folder.resolve("sub/deeper"));
        Files.writeString(folder.resolve("sub/deeper/file"), "y");
        written.close();
        assertFalse(Files.exists(folder));
        written.close();
        assertParentIsEmpty();
    }

    @Test
    void fiftyConcurrentMaterialisationsNeverCollideAndLeaveNothingBehind() throws Exception {
        LocalSecretDirectory directory = new LocalSecretDirectory(parent);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<MaterializedCertificate>> tasks = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                tasks.add(() -> materializer.materialize(files, directory));
            }
            List<MaterializedCertificate> written = new ArrayList<>();
            for (Future<MaterializedCertificate> future : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                written.add(future.get());
            }
            Set<String> folders = new HashSet<>();
            for (MaterializedCertificate each : written) {
                assertTrue(folders.add(each.folderPath()), each.folderPath());
                assertArrayEquals(files.pfx(), Files.readAllBytes(Path.of(each.pfxPath())));
                assertArrayEquals(files.cer(), Files.readAllBytes(Path.of(each.cerPath())));
            }
            List<Callable<Void>> cleanups = new ArrayList<>();
            for (MaterializedCertificate each : written) {
                cleanups.add(() -> {
                    each.close();
                    return null;
                });
            }
            for (Future<Void> future : pool.invokeAll(cleanups, 60, TimeUnit.SECONDS)) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertParentIsEmpty();
    }

    @Test
    void toStringShowsNeitherPasswordNorContents() throws Exception {
        try (MaterializedCertificate written = materializer.materialize(files, new LocalSecretDirectory(parent))) {
            assertFalse(written.toString().contains(written.pfxPassword()));
            assertFalse(files.toString().contains(files.pfxPassword()));
        }
    }

    private void assertParentIsEmpty() throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            assertEquals(List.of(), entries.toList());
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
