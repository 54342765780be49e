package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool.openssl;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What we write, OpenSSL and Java read, with the same thumbprint and key. */
class CertificateExporterTest {

    private static final char[] PASSWORD = "export pass".toCharArray();

    @TempDir
    static Path dir;

    private static ManagementCertificate certificate;
    private static OpenSslFixtures openssl;

    @BeforeAll
    static void generate() {
        certificate = TestCertificates.shared();
        openssl = OpenSslFixtures.createIn(dir);
    }

    @Test
    void writesDerCerThatOpenSslFingerprintsLikeAzure() throws Exception {
        Files.write(dir.resolve("out.cer"), CertificateExporter.toCer(certificate.certificate()));

        assertEquals(certificate.thumbprintSha1(), openssl.sha1Thumbprint("out.cer", "DER"));
    }

    @Test
    void writesPemCertificateThatOpenSslReads() throws Exception {
        String pem = CertificateExporter.toPemCertificate(certificate.certificate());
        Files.writeString(dir.resolve("out-cert.pem"), pem);

        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n") && pem.endsWith("-----END CERTIFICATE-----\n"));
        assertTrue(pem.lines().allMatch(line -> line.length() <= 64), "PEM lines of at most 64 characters");
        assertEquals(certificate.thumbprintSha1(), openssl.sha1Thumbprint("out-cert.pem", "PEM"));
    }

    @Test
    void writesPemWithKeyThatOpenSslChecksAndWeReadBack() throws Exception {
        String pem = CertificateExporter.toPem(certificate);
        Files.writeString(dir.resolve("out.pem"), pem);

        assertTrue(pem.contains("-----BEGIN PRIVATE KEY-----"), "unencrypted PKCS#8");
        assertTrue(openssl(dir, "rsa", "-in", "out.pem", "-check", "-noout").contains("RSA key ok"));
        assertEquals(certificate.thumbprintSha1(), openssl.sha1Thumbprint("out.pem", "PEM"));
        ManagementCertificate reread = CertificateLoader.fromPem(pem, null);
        assertArrayEquals(
                certificate.privateKey().getEncoded(), reread.privateKey().getEncoded());
    }

    @Test
    void writesModernPkcs12ThatOpenSslAndJavaOpen() throws Exception {
        byte[] pfx = CertificateExporter.toPkcs12(certificate, PASSWORD, Pkcs12Encryption.MODERN);
        Files.write(dir.resolve("modern-out.p12"), pfx);

        String info = openssl(dir, "pkcs12", "-in", "modern-out.p12", "-passin", "pass:export pass", "-info", "-noout");
        assertTrue(info.contains("MAC: sha256"), info);
        assertTrue(info.contains("PBES2, PBKDF2, AES-256-CBC"), info);
        assertTrue(info.contains("hmacWithSHA256"), info);
        assertOpenSslReadsCertificateAndKey("modern-out.p12", "export pass");
        assertJavaOpens(pfx, PASSWORD);
    }

    @Test
    void writesLegacyPkcs12WithTripleDesAndSha1Mac() throws Exception {
        byte[] pfx = CertificateExporter.toPkcs12(certificate, PASSWORD, Pkcs12Encryption.LEGACY);
        Files.write(dir.resolve("legacy-out.p12"), pfx);

        String info = openssl(dir, "pkcs12", "-in", "legacy-out.p12", "-passin", "pass:export pass", "-info", "-noout");
        assertTrue(info.contains("MAC: sha1"), info);
        assertTrue(info.contains("pbeWithSHA1And3-KeyTripleDES-CBC"), info);
        assertOpenSslReadsCertificateAndKey("legacy-out.p12", "export pass");
        assertJavaOpens(pfx, PASSWORD);
    }

    @Test
    void writesPasswordFreePkcs12ThatOpensWithTheEmptyPassword() throws Exception {
        for (Pkcs12Encryption encryption : Pkcs12Encryption.values()) {
            byte[] withNull = CertificateExporter.toPkcs12(certificate, null, encryption);
            byte[] withEmpty = CertificateExporter.toPkcs12(certificate, new char[0], encryption);
            String name = "free-" + encryption + ".p12";
            Files.write(dir.resolve(name), withNull);

            assertOpenSslReadsCertificateAndKey(name, "");
            assertJavaOpens(withNull, new char[0]);
            assertJavaOpens(withEmpty, new char[0]);
            assertEquals(
                    certificate.thumbprintSha1(),
                    CertificateLoader.load(withEmpty, null).thumbprintSha1());
        }
    }

    @Test
    void writesPkcs12WithANonAsciiPasswordThatOpenSslAndWeRead() throws Exception {
        for (Pkcs12Encryption encryption : Pkcs12Encryption.values()) {
            byte[] pfx = CertificateExporter.toPkcs12(certificate, "pässwörd".toCharArray(), encryption);
            String name = "unicode-" + encryption + ".p12";
            Files.write(dir.resolve(name), pfx);

            assertOpenSslReadsCertificateAndKey(name, "pässwörd");
            assertEquals(
                    certificate.thumbprintSha1(),
                    CertificateLoader.load(pfx, "pässwörd".toCharArray()).thumbprintSha1());
        }
    }

    @Test
    void convertsPasswordProtectedPfxToPasswordFree() throws Exception {
        byte[] protectedPfx =
                openssl.pkcs12("protected.p12", "old pass", "-legacy", "-in", "cert.pem", "-inkey", "key.pem");

        byte[] free = CertificateExporter.toPkcs12(
                CertificateLoader.load(protectedPfx, "old pass".toCharArray()), null, Pkcs12Encryption.MODERN);

        assertEquals(
                openssl.sha1Thumbprint("cert.pem", "PEM"),
                CertificateLoader.load(free, null).thumbprintSha1());
    }

    @Test
    void keepsTheChainInPkcs12AndPem() throws Exception {
        openssl.withChain();
        ManagementCertificate chained = CertificateLoader.fromPem(openssl.text("leaf.pem", "ca.pem", "leaf.key"), null);

        ManagementCertificate fromPfx = CertificateLoader.load(
                CertificateExporter.toPkcs12(chained, PASSWORD, Pkcs12Encryption.MODERN), PASSWORD);
        ManagementCertificate fromPem = CertificateLoader.fromPem(CertificateExporter.toPem(chained), null);

        assertEquals(chained.chain(), fromPfx.chain());
        assertEquals(chained.chain(), fromPem.chain());
    }

    private static void assertOpenSslReadsCertificateAndKey(String file, String password) throws Exception {
        String passin = openssl.passwordArgument(password);
        openssl(dir, "pkcs12", "-in", file, "-passin", passin, "-nokeys", "-out", file + ".cert.pem");
        openssl(dir, "pkcs12", "-in", file, "-passin", passin, "-nocerts", "-nodes", "-out", file + ".key.pem");
        assertEquals(certificate.thumbprintSha1(), openssl.sha1Thumbprint(file + ".cert.pem", "PEM"));
        assertTrue(openssl(dir, "rsa", "-in", file + ".key.pem", "-check", "-noout")
                .contains("RSA key ok"));
        String key = Files.readString(dir.resolve(file + ".key.pem"), StandardCharsets.US_ASCII);
        assertArrayEquals(
                certificate.privateKey().getEncoded(),
                CertificateLoader.fromPem(Files.readString(dir.resolve(file + ".cert.pem")), key, null)
                        .privateKey()
                        .getEncoded());
    }

    private static void assertJavaOpens(byte[] pfx, char[] password) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(new ByteArrayInputStream(pfx), password);
        List<String> aliases = Collections.list(keyStore.aliases());
        assertEquals(1, aliases.size(), aliases.toString());
        Key key = keyStore.getKey(aliases.get(0), password);
        assertArrayEquals(certificate.privateKey().getEncoded(), key.getEncoded());
        assertEquals(certificate.certificate(), (X509Certificate) keyStore.getCertificate(aliases.get(0)));
    }
}
