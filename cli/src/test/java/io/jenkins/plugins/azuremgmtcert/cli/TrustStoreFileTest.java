package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formats {@code --trust-store} reads, and what it refuses. */
class TrustStoreFileTest {

    @TempDir
    static Path dir;

    static X509Certificate first;
    static X509Certificate second;

    @BeforeAll
    static void generateCertificates() {
        ManagementCertificate a = CertificateGenerator.forName("ca one").generate();
        ManagementCertificate b = CertificateGenerator.forName("ca two").generate();
        first = a.certificate();
        second = b.certificate();
    }

    @Test
    void readsEveryCertificateOfAPemFile() throws Exception {
        Path pem = Files.writeString(
                dir.resolve("cas.pem"),
                CertificateExporter.toPemCertificate(first) + CertificateExporter.toPemCertificate(second));

        assertEquals(List.of(first, second), certificates(TrustStoreFile.load(pem)));
    }

    @Test
    void readsADerCertificate() throws Exception {
        Path der = Files.write(dir.resolve("ca.cer"), CertificateExporter.toCer(first));

        assertEquals(List.of(first), certificates(TrustStoreFile.load(der)));
    }

    @Test
    void readsAJksTrustStoreWithoutItsPassword() throws Exception {
        Path jks = write("trust.jks", "JKS");

        assertEquals(2, certificates(TrustStoreFile.load(jks)).size());
    }

    @Test
    void explainsAPkcs12WhoseCertificatesNeedThePassword() throws Exception {
        Path p12 = write("trust.p12", "PKCS12");

        CommandFailure failure = assertThrows(CommandFailure.class, () -> TrustStoreFile.load(p12));
        assertTrue(failure.getMessage().contains("no certificate readable without a password"), failure.getMessage());
    }

    @Test
    void refusesAFileWithoutCertificates() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a certificate");

        CommandFailure failure = assertThrows(CommandFailure.class, () -> TrustStoreFile.load(text));
        assertTrue(failure.getMessage().contains("PEM file"), failure.getMessage());
    }

    private static Path write(String name, String type) throws Exception {
        KeyStore store = KeyStore.getInstance(type);
        store.load(null, null);
        store.setCertificateEntry("one", first);
        store.setCertificateEntry("two", second);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, "changeit".toCharArray());
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static List<Certificate> certificates(KeyStore store) throws Exception {
        return Collections.list(store.aliases()).stream()
                .sorted()
                .map(alias -> {
                    try {
                        return store.getCertificate(alias);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }
}
