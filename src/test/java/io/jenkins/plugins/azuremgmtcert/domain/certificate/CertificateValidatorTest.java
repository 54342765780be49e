package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool.keytool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors make a certificate unusable; time-related findings are warnings with the date. */
class CertificateValidatorTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    private static final char[] STORE_PASSWORD = "keytool pass".toCharArray();

    @TempDir
    Path dir;

    @Test
    void findsNothingWrongWithAFreshCertificate() {
        ValidationReport report = CertificateValidator.validate(TestCertificates.shared(), Clock.systemUTC());

        assertTrue(report.usable());
        assertEquals(List.of(), report.errors());
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void warnsAboutAKeytoolCertificateThatExpired() throws Exception {
        keytool(
                dir,
                "-genkeypair",
                "-alias",
                "old",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=expired",
                "-startdate",
                "-3y",
                "-validity",
                "30",
                "-storetype",
                "PKCS12",
                "-keystore",
                "old.p12",
                "-storepass",
                "keytool pass");
        ManagementCertificate expired =
                CertificateLoader.load(Files.readAllBytes(dir.resolve("old.p12")), STORE_PASSWORD);

        ValidationReport report = CertificateValidator.validate(expired, Clock.systemUTC());

        assertTrue(report.usable(), "expiry is a warning, not an error");
        assertEquals(1, report.warnings().size(), report.warnings().toString());
        String expectedDate = expired.describe().notAfter().toString().substring(0, 10);
        assertTrue(
                report.warnings().get(0).contains("expired on " + expectedDate),
                report.warnings().toString());
    }

    @Test
    void warnsAboutACertificateNotYetValid() {
        ManagementCertificate future = CertificateGenerator.forName("future")
                .clock(Clock.fixed(NOW.plus(Duration.ofDays(3)), ZoneOffset.UTC))
                .generate();

        ValidationReport report = CertificateValidator.validate(future, Clock.fixed(NOW, ZoneOffset.UTC));

        assertTrue(report.usable());
        assertEquals(List.of(Messages.CertificateValidator_NotYetValid("2026-06-18 12:00 UTC")), report.warnings());
    }

    @Test
    void warnsWithTheDateWhenExpiryIsWithin30Days() {
        ManagementCertificate soon = CertificateGenerator.forName("soon")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .validity(Duration.ofDays(40))
                .generate();

        ValidationReport early =
                CertificateValidator.validate(soon, Clock.fixed(NOW.plus(Duration.ofDays(9)), ZoneOffset.UTC));
        ValidationReport late =
                CertificateValidator.validate(soon, Clock.fixed(NOW.plus(Duration.ofDays(20)), ZoneOffset.UTC));

        assertEquals(List.of(), early.warnings(), "31 days left: no warning");
        assertEquals(List.of(Messages.CertificateValidator_ExpiresSoon("2026-07-25 12:00 UTC", 20)), late.warnings());
        assertTrue(late.warnings().get(0).contains("expires on 2026-07-25"));
    }

    @Test
    void reportsAnEcKeyAsAnError() throws Exception {
        ManagementCertificate ec = rejectedByTheLoader("ec");

        ValidationReport report = CertificateValidator.validate(ec, Clock.systemUTC());

        assertFalse(report.usable());
        assertTrue(
                report.errors().get(0).contains("Azure management certificates must use RSA keys"),
                report.errors().toString());
    }

    @Test
    void reportsAnRsaKeyUnder2048BitsAsAnError() throws Exception {
        ManagementCertificate small = rejectedByTheLoader("small");

        ValidationReport report = CertificateValidator.validate(small, Clock.systemUTC());

        assertFalse(report.usable());
        assertTrue(report.errors().get(0).contains("1024 bits"), report.errors().toString());
    }

    /** A key the loader would refuse, made by openssl and wrapped with {@link ManagementCertificate#of}. */
    private ManagementCertificate rejectedByTheLoader(String name) throws Exception {
        OpenSslFixtures openssl = OpenSslFixtures.in(dir).withRejectedKeys();
        byte[] pfx = openssl.pkcs12(name + ".p12", "keytool pass", "-in", name + ".pem", "-inkey", name + ".key");
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(new ByteArrayInputStream(pfx), STORE_PASSWORD);
        return ManagementCertificate.of(
                (PrivateKey) keyStore.getKey("fixture", STORE_PASSWORD),
                List.of((X509Certificate) keyStore.getCertificate("fixture")));
    }
}
