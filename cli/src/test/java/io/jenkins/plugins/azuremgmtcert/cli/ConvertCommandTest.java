package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    static Path dir;

    static ManagementCertificate certificate;
    static Path protectedPfx;
    static Path passwordFile;

    @BeforeAll
    static void writeCertificate() throws Exception {
        certificate = CertificateGenerator.forName("convert").generate();
        protectedPfx = Files.write(
                dir.resolve("in.pfx"),
                CertificateExporter.toPkcs12(certificate, "in-pw".toCharArray(), Pkcs12Encryption.LEGACY));
        passwordFile = Files.writeString(dir.resolve("in-pw.txt"), "in-pw\n");
    }

    private final CliRunner cli = new CliRunner();

    @Test
    void removesThePasswordOfAPfx() throws Exception {
        Path out = dir.resolve("free.pfx");
        CliRunner.Result result = cli.run("convert", protectedPfx, "--password-file", passwordFile, "--out", out);
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(
                certificate.thumbprintSha1(),
                CertificateLoader.load(Files.readAllBytes(out), null).thumbprintSha1());
        CliFiles.assertOwnerOnly(out);
        assertTrue(result.out().contains("no password"), result.out());
    }

    @Test
    void setsANewPasswordFromTheEnvironment() throws Exception {
        Path out = dir.resolve("new-pw.p12");
        CliRunner.Result result = cli.env("NEW", "new-pw")
                .run(
                        "convert",
                        protectedPfx,
                        "--password-file",
                        passwordFile,
                        "--out",
                        out,
                        "--out-password-env",
                        "NEW");
        assertEquals(0, result.exitCode(), result::toString);
        byte[] written = Files.readAllBytes(out);
        assertThrows(
                ManagementCertificateException.class, () -> CertificateLoader.load(written, "in-pw".toCharArray()));
        assertEquals(
                certificate.thumbprintSha1(),
                CertificateLoader.load(written, "new-pw".toCharArray()).thumbprintSha1());
    }

    @Test
    void writesPemThatOpensslReads() throws Exception {
        Path out = dir.resolve("out.pem");
        CliRunner.Result result = cli.run("convert", protectedPfx, "--password-file", passwordFile, "--out", out);
        assertEquals(0, result.exitCode(), result::toString);
        String pem = Files.readString(out, StandardCharsets.US_ASCII);
        assertTrue(pem.contains("-----BEGIN CERTIFICATE-----") && pem.contains("-----BEGIN PRIVATE KEY-----"));
        CliFiles.assertOwnerOnly(out);
        String check = ExternalTool.openssl(dir, "rsa", "-in", out.toString(), "-check", "-noout");
        assertTrue(check.contains("RSA key ok"), check);
    }

    @Test
    void rejectsAnOutputPasswordForPemAndUnknownExtensionsAsUsageErrors() {
        CliRunner.Result pem = cli.env("NEW", "x")
                .run(
                        "convert",
                        protectedPfx,
                        "--password-file",
                        passwordFile,
                        "--out",
                        dir.resolve("x.pem"),
                        "--out-password-env",
                        "NEW");
        assertEquals(2, pem.exitCode(), pem::toString);
        assertTrue(pem.err().contains("unencrypted"), pem.err());
        CliRunner.Result txt = cli.run("convert", protectedPfx, "--out", dir.resolve("x.txt"));
        assertEquals(2, txt.exitCode(), txt::toString);
        assertTrue(txt.err().contains(".pfx, .p12 or .pem"), txt.err());
        assertFalse(Files.exists(dir.resolve("x.pem")));
    }

    @Test
    void failsWithOneLineWhenThePasswordIsWrong() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "nope");
        CliRunner.Result result =
                cli.run("convert", protectedPfx, "--password-file", wrong, "--out", dir.resolve("never.pfx"));
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().startsWith("error: "), result.err());
        assertFalse(Files.exists(dir.resolve("never.pfx")));
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path existing = Files.writeString(dir.resolve("existing.pfx"), "keep");
        CliRunner.Result result = cli.run("convert", protectedPfx, "--password-file", passwordFile, "--out", existing);
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("keep", Files.readString(existing));
    }
}
