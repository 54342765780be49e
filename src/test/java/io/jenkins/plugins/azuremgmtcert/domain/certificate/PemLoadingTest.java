package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool.openssl;
import static io.jenkins.plugins.azuremgmtcert.domain.certificate.LoaderFailures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PEM as OpenSSL writes it: PKCS#1, PKCS#8, encrypted PKCS#8, one file or two, chains in any order. */
class PemLoadingTest {

    private static final char[] PASSWORD = "pem pass".toCharArray();

    @TempDir
    static Path dir;

    private static OpenSslFixtures openssl;
    private static String expectedThumbprint;

    @BeforeAll
    static void createFixtures() {
        openssl = OpenSslFixtures.createIn(dir).withChain();
        expectedThumbprint = openssl.sha1Thumbprint("cert.pem", "PEM");
        openssl(dir, "rsa", "-in", "key.pem", "-traditional", "-out", "pkcs1.pem");
        openssl(
                dir,
                "pkcs8",
                "-topk8",
                "-in",
                "key.pem",
                "-v2",
                "aes-256-cbc",
                "-passout",
                "pass:pem pass",
                "-out",
                "encrypted.pem");
        openssl(
                dir,
                "rsa",
                "-in",
                "key.pem",
                "-traditional",
                "-aes256",
                "-passout",
                "pass:pem pass",
                "-out",
                "pkcs1-encrypted.pem");
    }

    @Test
    void readsPkcs1KeyAfterTheCertificate() throws Exception {
        String pem = openssl.text("cert.pem", "pkcs1.pem");

        assertTrue(pem.contains("BEGIN RSA PRIVATE KEY"), "precondition: PKCS#1");
        assertEquals(expectedThumbprint, CertificateLoader.fromPem(pem, null).thumbprintSha1());
    }

    @Test
    void readsPkcs8KeyBeforeTheCertificateThroughAutoDetection() throws Exception {
        byte[] pem = openssl.text("key.pem", "cert.pem").getBytes(StandardCharsets.US_ASCII);

        assertEquals(expectedThumbprint, CertificateLoader.load(pem, null).thumbprintSha1());
    }

    @Test
    void readsPemWithWindowsLineEndings() throws Exception {
        String crlf = openssl.text("cert.pem", "key.pem").replace("\n", "\r\n");

        assertEquals(expectedThumbprint, CertificateLoader.fromPem(crlf, null).thumbprintSha1());
    }

    @Test
    void readsPemSavedWithAByteOrderMarkInUtf8OrUtf16() throws Exception {
        String text = "\uFEFF" + openssl.text("cert.pem", "key.pem");

        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            assertEquals(
                    expectedThumbprint,
                    CertificateLoader.load(text.getBytes(charset), null).thumbprintSha1(),
                    charset.name());
        }
        assertEquals(expectedThumbprint, CertificateLoader.fromPem(text, null).thumbprintSha1());
    }

    @Test
    void readsEncryptedPkcs8WithItsPassword() throws Exception {
        assertEquals(
                expectedThumbprint,
                CertificateLoader.fromPem(openssl.text("cert.pem", "encrypted.pem"), PASSWORD)
                        .thumbprintSha1());
    }

    @Test
    void readsLegacyEncryptedPkcs1WithItsPassword() throws Exception {
        assertEquals(
                expectedThumbprint,
                CertificateLoader.fromPem(openssl.text("cert.pem", "pkcs1-encrypted.pem"), PASSWORD)
                        .thumbprintSha1());
    }

    @Test
    void readsCertificateAndKeyFromTwoTexts() throws Exception {
        ManagementCertificate loaded =
                CertificateLoader.fromPem(openssl.text("cert.pem"), openssl.text("key.pem"), null);

        assertEquals(expectedThumbprint, loaded.thumbprintSha1());
    }

    @Test
    void ordersAChainGivenCaFirst() throws Exception {
        ManagementCertificate loaded = CertificateLoader.fromPem(openssl.text("ca.pem", "leaf.pem", "leaf.key"), null);

        assertEquals(openssl.sha1Thumbprint("leaf.pem", "PEM"), loaded.thumbprintSha1());
        assertEquals(
                openssl.sha1Thumbprint("ca.pem", "PEM"),
                Thumbprints.sha1(loaded.chain().get(1)));
    }

    @Test
    void rejectsWrongPasswordForEncryptedKey() {
        assertFailure(
                Reason.WRONG_PASSWORD,
                "does not decrypt",
                () -> CertificateLoader.fromPem(openssl.text("cert.pem", "encrypted.pem"), "nope".toCharArray()));
        assertFailure(
                Reason.WRONG_PASSWORD,
                "does not decrypt",
                () -> CertificateLoader.fromPem(openssl.text("cert.pem", "pkcs1-encrypted.pem"), "nope".toCharArray()));
    }

    @Test
    void asksForThePasswordOfAnEncryptedKey() {
        assertFailure(
                Reason.PASSWORD_REQUIRED,
                "is encrypted",
                () -> CertificateLoader.fromPem(openssl.text("cert.pem", "encrypted.pem"), null));
    }

    @Test
    void rejectsALoneCertificateInPemAndDer() {
        openssl(dir, "x509", "-in", "cert.pem", "-outform", "DER", "-out", "cert.cer");

        assertFailure(
                Reason.NO_PRIVATE_KEY,
                "Upload the .pfx that includes the private key",
                () -> CertificateLoader.load(openssl.bytes("cert.pem"), null));
        assertFailure(
                Reason.NO_PRIVATE_KEY,
                "Upload the .pfx that includes the private key",
                () -> CertificateLoader.load(openssl.bytes("cert.cer"), null));
    }

    @Test
    void rejectsAPkcs7CertificateBundleInDerAndPem() {
        openssl(dir, "crl2pkcs7", "-nocrl", "-certfile", "cert.pem", "-outform", "DER", "-out", "bundle.p7b");
        openssl(dir, "crl2pkcs7", "-nocrl", "-certfile", "cert.pem", "-out", "bundle.p7b.pem");

        assertFailure(
                Reason.NO_PRIVATE_KEY,
                "Upload the .pfx that includes the private key",
                () -> CertificateLoader.load(openssl.bytes("bundle.p7b"), null));
        assertFailure(
                Reason.NO_PRIVATE_KEY,
                "Upload the .pfx that includes the private key",
                () -> CertificateLoader.load(openssl.bytes("bundle.p7b.pem"), null));
    }

    @Test
    void rejectsAKeyWithoutItsCertificate() {
        assertFailure(
                Reason.NO_MATCHING_CERTIFICATE,
                "no certificate",
                () -> CertificateLoader.fromPem(openssl.text("key.pem"), null));
        assertFailure(
                Reason.NO_MATCHING_CERTIFICATE,
                "belongs to the private key",
                () -> CertificateLoader.fromPem(openssl.text("ca.pem", "leaf.pem", "key.pem"), null));
    }

    @Test
    void rejectsA1024BitKey() {
        openssl.withRejectedKeys();

        assertFailure(
                Reason.KEY_TOO_SMALL,
                "1024 bits",
                () -> CertificateLoader.fromPem(openssl.text("small.pem", "small.key"), null));
    }

    @Test
    void rejectsAnEcKey() {
        openssl.withRejectedKeys();

        assertFailure(
                Reason.NOT_RSA,
                "EC algorithm. Azure management certificates must use RSA keys",
                () -> CertificateLoader.fromPem(openssl.text("ec.pem", "ec.key"), null));
    }

    @Test
    void rejectsAnRsaPssKey() {
        openssl(dir, "genpkey", "-algorithm", "RSA-PSS", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "pss.key");
        openssl(dir, "req", "-x509", "-new", "-key", "pss.key", "-out", "pss.pem", "-subj", "/CN=pss", "-days", "30");

        assertFailure(
                Reason.NOT_RSA,
                "RSASSA-PSS algorithm",
                () -> CertificateLoader.fromPem(openssl.text("pss.pem", "pss.key"), null));
    }

    @Test
    void namesAPemBlockItCannotUse() {
        String openSshKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
                + "-----END OPENSSH PRIVATE KEY-----\n";

        assertFailure(
                Reason.UNSUPPORTED,
                "type \u201cOPENSSH PRIVATE KEY\u201d",
                () -> CertificateLoader.fromPem(openssl.text("cert.pem") + openSshKey, null));
    }

    @Test
    void rejectsSeveralKeys() {
        assertFailure(
                Reason.AMBIGUOUS_KEY_ENTRIES,
                "2 private keys",
                () -> CertificateLoader.fromPem(openssl.text("cert.pem", "key.pem", "leaf.key"), null));
    }

    @Test
    void rejectsTextThatIsNoCertificate() {
        assertFailure(
                Reason.NOT_A_CERTIFICATE,
                "neither a PKCS#12 file",
                () -> CertificateLoader.load("just some text".getBytes(StandardCharsets.UTF_8), null));
        assertFailure(
                Reason.NOT_A_CERTIFICATE,
                "neither a PKCS#12 file",
                () -> CertificateLoader.fromPem("just some text", null));
        assertFailure(
                Reason.NOT_A_CERTIFICATE, "neither a PKCS#12 file", () -> CertificateLoader.load(new byte[0], null));
    }

    @Test
    void rejectsDamagedPem() {
        String damaged = openssl.text("cert.pem").replace("A", "*");

        assertFailure(Reason.CORRUPT, "damaged", () -> CertificateLoader.fromPem(damaged, null));
    }

    @Test
    void refusesInputOverOneMebibyte() {
        byte[] huge = new byte[CertificateLoader.MAX_INPUT_BYTES + 1];

        assertFailure(Reason.CORRUPT, "1048577 bytes", () -> CertificateLoader.load(huge, null));
        assertFailure(
                Reason.CORRUPT,
                "at most 1048576 bytes",
                () -> CertificateLoader.fromPem(new String(huge, StandardCharsets.ISO_8859_1), null));
    }
}
