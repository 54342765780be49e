package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    static final List<String> FIELDS = List.of(
            "subject",
            "issuer",
            "serialNumber",
            "thumbprintSha1",
            "thumbprintSha256",
            "notBefore",
            "notAfter",
            "keyAlgorithm",
            "keySize",
            "hasPrivateKey",
            "usable",
            "warnings",
            "errors");
    private static final String PASSWORD = "s3cret pass:word";

    @TempDir
    static Path dir;

    static ManagementCertificate certificate;
    static Path passwordFree;
    static Path protectedPfx;
    static Path cer;

    @BeforeAll
    static void writeCertificates() throws Exception {
        certificate = CertificateGenerator.forName("inspect \"test\"").generate();
        passwordFree = Files.write(
                dir.resolve("free.pfx"), CertificateExporter.toPkcs12(certificate, null, Pkcs12Encryption.MODERN));
        protectedPfx = Files.write(
                dir.resolve("protected.pfx"),
                CertificateExporter.toPkcs12(certificate, PASSWORD.toCharArray(), Pkcs12Encryption.MODERN));
        cer = Files.write(dir.resolve("public.cer"), CertificateExporter.toCer(certificate.certificate()));
    }

    private final CliRunner cli = new CliRunner();

    @Test
    void showsAUsableCertificateAsText() {
        CliRunner.Result result = cli.run("inspect", passwordFree);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("Thumbprint (SHA-1):  " + certificate.thumbprintSha1()), result.out());
        assertTrue(result.out().contains("Usable:              yes"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void printsJsonWithTheStableFieldNames() {
        CliRunner.Result result = cli.run("inspect", passwordFree, "--json");
        assertEquals(0, result.exitCode(), result::toString);
        Map<String, Object> json = MiniJson.object(result.out());
        assertEquals(FIELDS, List.copyOf(json.keySet()));
        assertEquals(certificate.describe().subject(), json.get("subject"));
        assertEquals(certificate.thumbprintSha1(), json.get("thumbprintSha1"));
        assertEquals(certificate.describe().thumbprintSha256(), json.get("thumbprintSha256"));
        assertEquals(certificate.describe().notAfter().toString(), json.get("notAfter"));
        assertEquals("RSA", json.get("keyAlgorithm"));
        assertEquals(2048L, json.get("keySize"));
        assertEquals(true, json.get("hasPrivateKey"));
        assertEquals(true, json.get("usable"));
        assertEquals(List.of(), json.get("errors"));
    }

    @Test
    void anExpiredOrNotYetValidCertificateIsNotUsableAndExpiringSoonOnlyWarns() throws Exception {
        Instant issued = Instant.parse("2025-01-01T00:00:00Z");
        ManagementCertificate old = CertificateGenerator.forName("old")
                .validity(Duration.ofDays(90))
                .clock(Clock.fixed(issued, ZoneOffset.UTC))
                .generate();
        Path pfx =
                Files.write(dir.resolve("old.pfx"), CertificateExporter.toPkcs12(old, null, Pkcs12Encryption.MODERN));
        CliRunner.Result result = cli.clock(Clock.fixed(issued.plus(Duration.ofDays(120)), ZoneOffset.UTC))
                .run("inspect", pfx, "--json");
        assertEquals(1, result.exitCode(), result::toString);
        Map<String, Object> expired = MiniJson.object(result.out());
        assertEquals(false, expired.get("usable"));
        assertEquals("CN=Jenkins - old", expired.get("subject"), "what could be read is still reported");
        @SuppressWarnings("unchecked")
        List<String> errors = (List<String>) expired.get("errors");
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains("expired"), errors.get(0));
        assertEquals(List.of(), expired.get("warnings"));
        assertTrue(result.errorLine().contains("expired"), result::toString);

        CliRunner.Result early = new CliRunner()
                .clock(Clock.fixed(issued.minus(Duration.ofDays(1)), ZoneOffset.UTC))
                .run("inspect", pfx);
        assertEquals(1, early.exitCode(), early::toString);
        assertTrue(early.out().contains("Usable:              no"), early.out());
        assertTrue(early.errorLine().contains("not valid before"), early::toString);

        CliRunner.Result soon = new CliRunner()
                .clock(Clock.fixed(issued.plus(Duration.ofDays(80)), ZoneOffset.UTC))
                .run("inspect", pfx, "--json");
        assertEquals(0, soon.exitCode(), soon::toString);
        @SuppressWarnings("unchecked")
        List<String> warnings = (List<String>) MiniJson.object(soon.out()).get("warnings");
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("expires on"), warnings.get(0));
        CliRunner.Result atIssue = new CliRunner()
                .clock(Clock.fixed(issued.plus(Duration.ofDays(1)), ZoneOffset.UTC))
                .run("inspect", pfx, "--json");
        assertEquals(0, atIssue.exitCode(), atIssue::toString);
        assertEquals(List.of(), MiniJson.object(atIssue.out()).get("warnings"));
    }

    @Test
    void reportsAPublicCertificateAsNotUsableWithTheUploadThePfxAdvice() {
        CliRunner.Result result = cli.run("inspect", cer, "--json");
        assertEquals(1, result.exitCode(), result::toString);
        Map<String, Object> json = MiniJson.object(result.out());
        assertEquals(false, json.get("hasPrivateKey"));
        assertEquals(false, json.get("usable"));
        assertEquals(certificate.thumbprintSha1(), json.get("thumbprintSha1"));
        @SuppressWarnings("unchecked")
        List<String> errors = (List<String>) json.get("errors");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("Use the .pfx that includes the private key"), errors.get(0));
        assertTrue(
                result.errorLine().startsWith("error: ") && result.errorLine().contains("private key"));
    }

    @Test
    void readsThePasswordFromAnEnvironmentVariable() {
        CliRunner.Result result =
                cli.env("PFX_PASSWORD", PASSWORD).run("inspect", protectedPfx, "--password-env", "PFX_PASSWORD");
        assertEquals(0, result.exitCode(), result::toString);
    }

    @Test
    void readsThePasswordFromAFileWithoutItsLineBreak() throws Exception {
        Path file = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\r\n", StandardCharsets.UTF_8);
        CliRunner.Result result = cli.run("inspect", protectedPfx, "--password-file", file);
        assertEquals(0, result.exitCode(), result::toString);
    }

    @Test
    void refusesAPasswordOnTheCommandLineWithoutEchoingIt() {
        CliRunner.Result result = cli.run("inspect", protectedPfx, "--password", PASSWORD);
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("not accepted on the command line"), result.err());
        assertFalse(result.err().contains(PASSWORD) || result.out().contains(PASSWORD));
    }

    @Test
    void refusesTwoPasswordSourcesAsAUsageError() {
        CliRunner.Result result = cli.env("P", PASSWORD)
                .run("inspect", protectedPfx, "--password-env", "P", "--password-file", dir.resolve("x"));
        assertEquals(2, result.exitCode(), result::toString);
    }

    @Test
    void explainsAMissingPasswordInOneLine() {
        CliRunner.Result result = cli.run("inspect", protectedPfx);
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().contains("password"), result.err());
    }

    @Test
    void explainsAWrongPasswordInOneLine() {
        CliRunner.Result result = cli.env("P", "wrong").run("inspect", protectedPfx, "--password-env", "P");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().toLowerCase().contains("password"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void explainsAnUnsetVariable() {
        CliRunner.Result result = cli.run("inspect", protectedPfx, "--password-env", "NOT_SET_ANYWHERE");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().contains("NOT_SET_ANYWHERE is not set"), result.err());
    }

    @Test
    void explainsAMissingFile() {
        CliRunner.Result result = cli.run("inspect", dir.resolve("nope.pfx"));
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().contains("no such file"), result.err());
    }

    @Test
    void explainsACorruptFileWithoutStackTrace() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.pfx"), new byte[] {0x30, (byte) 0x82, 1, 2, 3, 4, 5});
        CliRunner.Result result = cli.run("inspect", garbage);
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().startsWith("error: "), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        assertEquals(2, cli.run("inspect").exitCode());
    }

    /**
     * Issue 11.3: --json always writes one document, with errors[] and whatever could be read; a refused key (1024-bit
     * RSA, EC) still shows the certificate's subject and thumbprints, in text too.
     */
    @Test
    void jsonAndTextSayWhatTheyCanForEveryKindOfError() throws Exception {
        io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool.openssl(
                dir,
                "req",
                "-x509",
                "-newkey",
                "rsa:1024",
                "-nodes",
                "-keyout",
                "weak.key",
                "-out",
                "weak.crt",
                "-subj",
                "/CN=weak",
                "-days",
                "30");
        Path weak = Files.writeString(
                dir.resolve("weak.pem"),
                Files.readString(dir.resolve("weak.crt")) + Files.readString(dir.resolve("weak.key")));
        io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool.openssl(
                dir,
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-keyout",
                "ec.key",
                "-out",
                "ec.crt",
                "-subj",
                "/CN=elliptic",
                "-days",
                "30");
        Path ec = Files.writeString(
                dir.resolve("ec.pem"),
                Files.readString(dir.resolve("ec.crt")) + Files.readString(dir.resolve("ec.key")));
        Path text = Files.writeString(dir.resolve("notes.pfx"), "not a certificate\n");

        Map<String, Object> weakJson = inspectJson(weak, "2048");
        assertEquals("CN=weak", weakJson.get("subject"));
        assertEquals(1024L, ((Number) weakJson.get("keySize")).longValue());
        assertTrue(String.valueOf(weakJson.get("thumbprintSha1")).matches("[0-9A-F]{40}"), weakJson::toString);
        Map<String, Object> ecJson = inspectJson(ec, "RSA");
        assertEquals("CN=elliptic", ecJson.get("subject"));
        inspectJson(text, "");
        inspectJson(dir.resolve("missing.pfx"), "cannot read");
        CliRunner.Result wrongPassword =
                new CliRunner().env("PW", "wrong").run("inspect", protectedPfx, "--password-env", "PW", "--json");
        assertEquals(1, wrongPassword.exitCode(), wrongPassword::toString);
        assertEquals(false, MiniJson.object(wrongPassword.out()).get("usable"));

        CliRunner.Result weakText = cli.run("inspect", weak);
        assertEquals(1, weakText.exitCode(), weakText::toString);
        assertTrue(weakText.out().contains("Subject:             CN=weak"), weakText.out());
        assertTrue(weakText.out().contains("Thumbprint (SHA-1):"), weakText.out());
        assertTrue(weakText.out().contains("Usable:              no"), weakText.out());
    }

    private Map<String, Object> inspectJson(Path file, String errorPart) {
        CliRunner.Result result = cli.run("inspect", file, "--json");
        assertEquals(1, result.exitCode(), result::toString);
        Map<String, Object> json = MiniJson.object(result.out());
        assertEquals(false, json.get("usable"), result::toString);
        @SuppressWarnings("unchecked")
        List<String> errors = (List<String>) json.get("errors");
        assertEquals(1, errors.size(), result::toString);
        assertTrue(errors.get(0).contains(errorPart), errors.get(0));
        return json;
    }
}
