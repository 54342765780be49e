package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool.openssl;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated certificates: subject, key, signature, serial, validity and extensions. */
class CertificateGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final String HOSTILE_NAME = "# a,b+c\"d\\e<f>g;h=i#j ";

    @TempDir
    static Path dir;

    private static ManagementCertificate generated;

    @BeforeAll
    static void generate() {
        generated = CertificateGenerator.forName(HOSTILE_NAME)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .generate();
    }

    @Test
    void escapesTheNameSoItStaysOneCommonName() throws Exception {
        X500Principal subject = generated.certificate().getSubjectX500Principal();

        List<Rdn> rdns = new LdapName(subject.getName()).getRdns();

        assertEquals(1, rdns.size(), subject.getName());
        assertEquals("CN", rdns.get(0).getType());
        assertEquals("Jenkins - " + HOSTILE_NAME, rdns.get(0).getValue());
        assertEquals(subject, new X500Principal(subject.getName()), "the RFC 2253 string round-trips");
    }

    @Test
    void shortensANameTooLongForAnRfc5280CommonName() {
        String description = "Production subscription of the payments team, used by the nightly deployment job";
        String cn = CertificateGenerator.commonName(description);

        assertEquals(CertificateGenerator.MAX_COMMON_NAME, cn.codePointCount(0, cn.length()), cn);
        assertTrue(cn.startsWith("Jenkins - Production subscription of the payments"), cn);
        assertTrue(cn.endsWith("\u2026"), cn);
        assertEquals("Jenkins - short", CertificateGenerator.commonName("short"));
        String emoji = "\uD83D\uDE80".repeat(60);
        String cut = CertificateGenerator.commonName(emoji);
        assertEquals(CertificateGenerator.MAX_COMMON_NAME, cut.codePointCount(0, cut.length()));
        assertFalse(
                Character.isHighSurrogate(cut.charAt(cut.length() - 2)) && cut.endsWith("\uD83D"),
                "no half of a surrogate pair");
    }

    @Test
    void writesCommonNameJenkinsDashName() {
        ManagementCertificate plain = TestCertificates.shared();

        assertEquals("CN=Jenkins - tests", plain.describe().subject());
        assertEquals(plain.describe().subject(), plain.describe().issuer());
    }

    @Test
    void usesSelfSignedSha256WithRsa2048ByDefault() throws Exception {
        X509Certificate certificate = generated.certificate();

        assertEquals("SHA256withRSA", certificate.getSigAlgName());
        assertEquals(
                2048, ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength());
        assertEquals(3, certificate.getVersion());
        certificate.verify(certificate.getPublicKey());
    }

    @Test
    void usesARandomPositiveSerialOfAtLeast64Bits() {
        BigInteger serial = generated.certificate().getSerialNumber();
        BigInteger other = TestCertificates.shared().certificate().getSerialNumber();

        assertTrue(serial.signum() > 0);
        assertTrue(serial.bitLength() >= 64, serial.toString(16));
        assertNotEquals(serial, other);
    }

    @Test
    void isValidFromTheClockForTwoYearsByDefault() {
        assertEquals(NOW, generated.certificate().getNotBefore().toInstant());
        assertEquals(
                NOW.plus(Duration.ofDays(730)),
                generated.certificate().getNotAfter().toInstant());
    }

    @Test
    void honoursTheRequestedValidity() {
        ManagementCertificate shortLived = CertificateGenerator.forName("short")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .validity(Duration.ofDays(7))
                .generate();

        assertEquals(
                NOW.plus(Duration.ofDays(7)),
                shortLived.certificate().getNotAfter().toInstant());
    }

    @Test
    void setsCriticalKeyUsageClientAuthAndSubjectKeyIdentifier() throws Exception {
        X509Certificate certificate = generated.certificate();
        boolean[] keyUsage = certificate.getKeyUsage();

        assertTrue(keyUsage[0], "digitalSignature");
        assertTrue(keyUsage[2], "keyEncipherment");
        assertTrue(certificate.getCriticalExtensionOIDs().contains("2.5.29.15"), "key usage is critical");
        assertEquals(List.of("1.3.6.1.5.5.7.3.2"), certificate.getExtendedKeyUsage());
        assertNotNull(certificate.getExtensionValue("2.5.29.14"), "subject key identifier");
        assertEquals(-1, certificate.getBasicConstraints(), "not a CA");
    }

    @Test
    void opensslShowsTheExtensionsAndVerifiesTheSignature() throws Exception {
        Files.writeString(dir.resolve("self.pem"), CertificateExporter.toPemCertificate(generated.certificate()));

        String text = openssl(dir, "x509", "-in", "self.pem", "-noout", "-text");
        String verified = openssl(
                dir,
                "verify",
                "-CAfile",
                "self.pem",
                "-partial_chain",
                "-attime",
                String.valueOf(NOW.getEpochSecond() + 60),
                "self.pem");

        assertTrue(text.contains("X509v3 Key Usage: critical"), text);
        assertTrue(text.contains("Digital Signature, Key Encipherment"), text);
        assertTrue(text.contains("TLS Web Client Authentication"), text);
        assertTrue(text.contains("X509v3 Subject Key Identifier"), text);
        assertTrue(text.contains("sha256WithRSAEncryption"), text);
        assertTrue(verified.contains("self.pem: OK"), verified);
    }

    @Test
    void generatesTheRequestedKeySize() {
        ManagementCertificate large =
                CertificateGenerator.forName("large").keySize(3072).generate();

        assertEquals(3072, large.describe().keySize());
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 2047, 2049, 8192})
    void rejectsUnsupportedKeySizes(int bits) {
        CertificateGenerator generator = CertificateGenerator.forName("x");

        assertThrows(IllegalArgumentException.class, () -> generator.keySize(bits));
    }

    @Test
    void rejectsNonPositiveValidityAndBlankNames() {
        CertificateGenerator generator = CertificateGenerator.forName("x");

        assertThrows(IllegalArgumentException.class, () -> generator.validity(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> generator.validity(Duration.ofDays(-1)));
        assertThrows(IllegalArgumentException.class, () -> CertificateGenerator.forName(" "));
    }

    @Test
    void generatesAKeyThatSignsForItsCertificate() throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(generated.privateKey());
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(generated.certificate());
        verifier.update(new byte[] {1, 2, 3});

        assertTrue(verifier.verify(signature));
        assertArrayEquals(
                new Object[] {generated.certificate()}, generated.chain().toArray());
    }
}
