package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner().clock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void writesAPasswordFreePfxACerAndAPemOfTheSameCertificate() throws Exception {
        Path pfx = dir.resolve("ci.pfx");
        Path cer = dir.resolve("ci.cer");
        Path pem = dir.resolve("ci.pem");
        CliRunner.Result result = cli.run(
                "generate", "--name", "ci, main", "--out", pfx, "--cer", cer, "--pem", pem, "--validity-days", "90");
        assertEquals(0, result.exitCode(), result::toString);

        ManagementCertificate fromPfx = CertificateLoader.load(Files.readAllBytes(pfx), null);
        assertEquals("CN=Jenkins - ci\\, main", fromPfx.describe().subject());
        assertEquals(NOW.plus(Duration.ofDays(90)), fromPfx.describe().notAfter());
        assertArrayEquals(CertificateExporter.toCer(fromPfx.certificate()), Files.readAllBytes(cer));
        ManagementCertificate fromPem = CertificateLoader.load(Files.readAllBytes(pem), null);
        assertEquals(fromPfx.thumbprintSha1(), fromPem.thumbprintSha1());
        CliFiles.assertOwnerOnly(pfx);
        CliFiles.assertOwnerOnly(pem);
        assertTrue(result.out().contains(fromPfx.thumbprintSha1()), result.out());
        assertTrue(result.out().contains("Next: upload " + cer), result.out());
    }

    @Test
    void protectsThePfxWithThePasswordFromTheEnvironmentAndLegacyEncryption() throws Exception {
        Path pfx = dir.resolve("legacy.pfx");
        CliRunner.Result result = cli.env("OUT_PW", "0ut-pw")
                .run("generate", "--name", "legacy", "--out", pfx, "--out-password-env", "OUT_PW", "--legacy");
        assertEquals(0, result.exitCode(), result::toString);
        byte[] written = Files.readAllBytes(pfx);
        ManagementCertificateException e =
                assertThrows(ManagementCertificateException.class, () -> CertificateLoader.load(written, null));
        assertEquals(ManagementCertificateException.Reason.PASSWORD_REQUIRED, e.reason());
        CertificateLoader.load(written, "0ut-pw".toCharArray());
        String info =
                ExternalTool.openssl(dir, "pkcs12", "-in", pfx.toString(), "-info", "-noout", "-passin", "pass:0ut-pw");
        assertTrue(info.contains("pbeWithSHA1And3-KeyTripleDES-CBC"), info);
    }

    @Test
    void refusesToOverwriteAnExistingFileWithoutForce() throws Exception {
        Path pfx = Files.writeString(dir.resolve("taken.pfx"), "keep me");
        CliRunner.Result result = cli.run("generate", "--name", "x", "--out", pfx);
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().contains("already exists")
                && result.errorLine().contains("--force"));
        assertEquals("keep me", Files.readString(pfx));
    }

    @Test
    void refusesBeforeWritingAnythingWhenOneOfSeveralOutputsExists() throws Exception {
        Path cer = Files.writeString(dir.resolve("taken.cer"), "keep me");
        CliRunner.Result result = cli.run("generate", "--name", "x", "--out", dir.resolve("new.pfx"), "--cer", cer);
        assertEquals(1, result.exitCode(), result::toString);
        assertFalse(Files.exists(dir.resolve("new.pfx")));
    }

    @Test
    void overwritesWithForceAndStillRestrictsPermissions() throws Exception {
        Path pfx = Files.writeString(dir.resolve("old.pfx"), "old", StandardCharsets.UTF_8);
        CliRunner.Result result = cli.run("generate", "--name", "x", "--out", pfx, "--force");
        assertEquals(0, result.exitCode(), result::toString);
        CertificateLoader.load(Files.readAllBytes(pfx), null);
        CliFiles.assertOwnerOnly(pfx);
    }

    @Test
    void rejectsUnsupportedKeySizesAndValiditiesAsUsageErrors() {
        CliRunner.Result small =
                cli.run("generate", "--name", "x", "--out", dir.resolve("a.pfx"), "--key-size", "1024");
        assertEquals(2, small.exitCode(), small::toString);
        assertTrue(small.err().contains("2048, 3072 or 4096"), small.err());
        CliRunner.Result zero =
                cli.run("generate", "--name", "x", "--out", dir.resolve("a.pfx"), "--validity-days", "0");
        assertEquals(2, zero.exitCode(), zero::toString);
        assertEquals(2, cli.run("generate", "--out", dir.resolve("a.pfx")).exitCode(), "--name is required");
        assertFalse(Files.exists(dir.resolve("a.pfx")));
    }

    @Test
    void refusesAnOutputPasswordThatToolsWouldEncodeDifferently() {
        CliRunner.Result result = cli.env("PW", "pässword")
                .run("generate", "--name", "x", "--out", dir.resolve("a.pfx"), "--out-password-env", "PW");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().contains("printable ASCII"), result.err());
        assertFalse(Files.exists(dir.resolve("a.pfx")));
    }

    @Test
    void refusesAnOutputPasswordOnTheCommandLine() {
        CliRunner.Result result =
                cli.run("generate", "--name", "x", "--out", dir.resolve("a.pfx"), "--out-password", "hunter2");
        assertEquals(2, result.exitCode(), result::toString);
        assertFalse(result.err().contains("hunter2"), result.err());
        assertFalse(Files.exists(dir.resolve("a.pfx")));
    }
}
