package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCerCommandTest {

    @TempDir
    static Path dir;

    static ManagementCertificate certificate;
    static Path pfx;

    @BeforeAll
    static void writeCertificate() throws Exception {
        certificate = CertificateGenerator.forName("export").generate();
        pfx = Files.write(
                dir.resolve("in.pfx"),
                CertificateExporter.toPkcs12(certificate, "pw".toCharArray(), Pkcs12Encryption.MODERN));
    }

    private final CliRunner cli = new CliRunner().env("PW", "pw");

    @Test
    void writesTheDerCertificateAzureTakesWithTheSameThumbprintOpensslComputes() throws Exception {
        Path cer = dir.resolve("der.cer");
        CliRunner.Result result = cli.run("export-cer", pfx, "--password-env", "PW", "--out", cer);
        assertEquals(0, result.exitCode(), result::toString);
        assertArrayEquals(CertificateExporter.toCer(certificate.certificate()), Files.readAllBytes(cer));
        String fingerprint = ExternalTool.openssl(
                dir, "x509", "-inform", "DER", "-in", cer.toString(), "-noout", "-fingerprint", "-sha1");
        assertTrue(fingerprint.replace(":", "").contains(certificate.thumbprintSha1()), fingerprint);
        assertTrue(result.out().contains(certificate.thumbprintSha1()), result.out());
    }

    @Test
    void writesPemOnRequest() throws Exception {
        Path cer = dir.resolve("pem.cer");
        CliRunner.Result result = cli.run("export-cer", pfx, "--password-env", "PW", "--out", cer, "--pem");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(
                CertificateExporter.toPemCertificate(certificate.certificate()),
                Files.readString(cer, StandardCharsets.US_ASCII));
    }

    @Test
    void acceptsACertificateWithoutKeyAsInput() throws Exception {
        Path in = Files.write(dir.resolve("public.cer"), CertificateExporter.toCer(certificate.certificate()));
        Path out = dir.resolve("again.cer");
        CliRunner.Result result = cli.run("export-cer", in, "--out", out);
        assertEquals(0, result.exitCode(), result::toString);
        assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(out));
    }

    @Test
    void refusesToOverwriteUnlessForced() throws Exception {
        Path cer = Files.writeString(dir.resolve("taken.cer"), "keep");
        CliRunner.Result refused = cli.run("export-cer", pfx, "--password-env", "PW", "--out", cer);
        assertEquals(1, refused.exitCode(), refused::toString);
        assertEquals("keep", Files.readString(cer));
        CliRunner.Result forced = cli.run("export-cer", pfx, "--password-env", "PW", "--out", cer, "--force");
        assertEquals(0, forced.exitCode(), forced::toString);
        assertArrayEquals(CertificateExporter.toCer(certificate.certificate()), Files.readAllBytes(cer));
    }

    @Test
    void missingOutIsAUsageError() {
        assertEquals(2, cli.run("export-cer", pfx).exitCode());
    }
}
