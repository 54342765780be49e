package io.jenkins.plugins.azuremgmtcert.domain.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path a build takes: a {@link ManagementCertificate} exported by the certificate domain and written. */
class MaterializeManagementCertificateTest {

    private static ManagementCertificate certificate;

    @TempDir
    Path parent;

    @BeforeAll
    static void generateOnce() {
        certificate = CertificateGenerator.forName("materialize").generate();
    }

    @Test
    void writtenFilesLoadBackAsTheSameCertificateAndKey() throws Exception {
        try (MaterializedCertificate written =
                new CertificateMaterializer().materialize(certificate, new LocalSecretDirectory(parent))) {
            ManagementCertificate fromPfx = CertificateLoader.load(
                    Files.readAllBytes(Path.of(written.pfxPath())),
                    written.pfxPassword().toCharArray());
            ManagementCertificate fromPem =
                    CertificateLoader.load(Files.readAllBytes(Path.of(written.pemPath())), null);
            assertEquals(certificate.thumbprintSha1(), fromPfx.thumbprintSha1());
            assertEquals(certificate.thumbprintSha1(), fromPem.thumbprintSha1());
            assertArrayEquals(
                    certificate.privateKey().getEncoded(), fromPfx.privateKey().getEncoded());
            assertArrayEquals(certificate.certificate().getEncoded(), Files.readAllBytes(Path.of(written.cerPath())));
        }
    }

    @Test
    void opensslOpensThePfxWithItsPasswordAndReadsThePem() throws Exception {
        try (MaterializedCertificate written =
                new CertificateMaterializer().materialize(certificate, new LocalSecretDirectory(parent))) {
            String keys = ExternalTool.openssl(
                    parent,
                    Map.of("PFX_PASSWORD", written.pfxPassword()),
                    "pkcs12",
                    "-in",
                    written.pfxPath(),
                    "-passin",
                    "env:PFX_PASSWORD",
                    "-nocerts",
                    "-nodes");
            assertTrue(keys.contains("PRIVATE KEY"), "openssl printed no key");
            String fingerprint =
                    ExternalTool.openssl(parent, "x509", "-in", written.pemPath(), "-noout", "-fingerprint", "-sha1");
            assertTrue(fingerprint.replace(":", "").toUpperCase().contains(certificate.thumbprintSha1()));
        }
    }

    @Test
    void everyMaterialisationGetsItsOwnPassword() throws Exception {
        CertificateMaterializer materializer = new CertificateMaterializer();
        try (MaterializedCertificate first = materializer.materialize(certificate, new LocalSecretDirectory(parent));
                MaterializedCertificate second =
                        materializer.materialize(certificate, new LocalSecretDirectory(parent))) {
            assertNotEquals(first.pfxPassword(), second.pfxPassword());
            assertTrue(first.pfxPassword().matches("[A-Za-z0-9]{32}"));
        }
    }
}
