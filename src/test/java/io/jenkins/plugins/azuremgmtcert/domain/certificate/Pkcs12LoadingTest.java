package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool.keytool;
import static io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool.openssl;
import static io.jenkins.plugins.azuremgmtcert.domain.certificate.LoaderFailures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Arrays;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.bc.BcPKCS12PBEOutputEncryptorBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PKCS#12 files as OpenSSL, keytool, the JDK and Windows-era tools write them. */
class Pkcs12LoadingTest {

    private static final char[] PASSWORD = "s3cret pass".toCharArray();

    @TempDir
    static Path dir;

    private static OpenSslFixtures openssl;
    private static String expectedThumbprint;

    @BeforeAll
    static void createFixtures() {
        openssl = OpenSslFixtures.createIn(dir).withChain();
        expectedThumbprint = openssl.sha1Thumbprint("cert.pem", "PEM");
    }

    @Test
    void readsOpenSsl3DefaultPkcs12WithPassword() throws Exception {
        byte[] pfx = openssl.pkcs12("modern.p12", "s3cret pass", "-in", "cert.pem", "-inkey", "key.pem");

        assertEquals(
                expectedThumbprint,
                CertificateLoader.fromPkcs12(pfx, PASSWORD, null).thumbprintSha1());
        assertEquals(expectedThumbprint, CertificateLoader.load(pfx, PASSWORD).thumbprintSha1());
    }

    @Test
    void readsLegacyRc2Pkcs12AsTheAzurePortalWroteIt() throws Exception {
        byte[] pfx = openssl.pkcs12("legacy.p12", "s3cret pass", "-legacy", "-in", "cert.pem", "-inkey", "key.pem");

        assertEquals(expectedThumbprint, CertificateLoader.load(pfx, PASSWORD).thumbprintSha1());
    }

    @Test
    void readsPkcs12WithoutMac() throws Exception {
        byte[] pfx = openssl.pkcs12("nomac.p12", "s3cret pass", "-nomac", "-in", "cert.pem", "-inkey", "key.pem");

        assertEquals(expectedThumbprint, CertificateLoader.load(pfx, PASSWORD).thumbprintSha1());
    }

    @Test
    void readsEmptyPasswordPkcs12WithNullOrEmptyPassword() throws Exception {
        byte[] modern = openssl.pkcs12("empty.p12", "", "-in", "cert.pem", "-inkey", "key.pem");
        byte[] legacy = openssl.pkcs12("empty-legacy.p12", "", "-legacy", "-in", "cert.pem", "-inkey", "key.pem");

        assertEquals(expectedThumbprint, CertificateLoader.load(modern, null).thumbprintSha1());
        assertEquals(
                expectedThumbprint, CertificateLoader.load(modern, new char[0]).thumbprintSha1());
        assertEquals(
                expectedThumbprint,
                CertificateLoader.fromPkcs12(legacy, null, null).thumbprintSha1());
    }

    @Test
    void readsPkcs12WithANonAsciiPasswordThatJavaCannotOpen() throws Exception {
        byte[] modern = openssl.pkcs12("unicode.p12", "pässwörd", "-in", "cert.pem", "-inkey", "key.pem");
        byte[] legacy =
                openssl.pkcs12("unicode-legacy.p12", "pässwörd", "-legacy", "-in", "cert.pem", "-inkey", "key.pem");

        assertEquals(
                expectedThumbprint,
                CertificateLoader.load(modern, "pässwörd".toCharArray()).thumbprintSha1());
        assertEquals(
                expectedThumbprint,
                CertificateLoader.load(legacy, "pässwörd".toCharArray()).thumbprintSha1());
        assertEquals(
                Reason.WRONG_PASSWORD,
                assertThrows(
                                ManagementCertificateException.class,
                                () -> CertificateLoader.load(modern, "passwörd".toCharArray()))
                        .reason());
    }

    @Test
    void readsPkcs12WithUnencryptedKeyBagThroughBouncyCastle() throws Exception {
        byte[] pfx = unencryptedPkcs12("plain.p12");

        ManagementCertificate loaded = CertificateLoader.load(pfx, null);

        assertEquals(expectedThumbprint, loaded.thumbprintSha1());
        assertTrue(
                loaded.privateKey().getClass().getName().startsWith("sun.security."),
                "the JDK's key class even when BouncyCastle read the file: "
                        + loaded.privateKey().getClass());
    }

    @Test
    void readsPkcs12ProtectedWithTheZeroLengthNullPassword() throws Exception {
        ManagementCertificate original = TestCertificates.shared();
        char[] nullPassword = new char[0];
        BouncyCastleProvider bouncyCastle = new BouncyCastleProvider();
        PKCS12PfxPduBuilder builder = new PKCS12PfxPduBuilder();
        builder.addData(new JcaPKCS12SafeBagBuilder(original.certificate()).build());
        builder.addData(new JcaPKCS12SafeBagBuilder(
                        original.privateKey(),
                        new BcPKCS12PBEOutputEncryptorBuilder(
                                        PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
                                        CBCBlockCipher.newInstance(new DESedeEngine()))
                                .build(nullPassword))
                .build());
        byte[] pfx = builder.build(new JcePKCS12MacCalculatorBuilder().setProvider(bouncyCastle), nullPassword)
                .getEncoded();

        assertEquals(
                original.thumbprintSha1(), CertificateLoader.load(pfx, null).thumbprintSha1());
    }

    @Test
    void readsKeytoolPkcs12() throws Exception {
        keytool(
                dir,
                "-genkeypair",
                "-alias",
                "jenkins",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=keytool",
                "-validity",
                "30",
                "-storetype",
                "PKCS12",
                "-keystore",
                "keytool.p12",
                "-storepass",
                "s3cret pass");
        byte[] pfx = openssl.bytes("keytool.p12");

        ManagementCertificate loaded = CertificateLoader.fromPkcs12(pfx, PASSWORD, "jenkins");

        assertEquals("CN=keytool", loaded.describe().subject());
    }

    @Test
    void usesTheCertificateThatMatchesTheKeyAndKeepsItsChain() throws Exception {
        String caFirst = openssl.text("ca.pem", "leaf.pem");
        java.nio.file.Files.writeString(dir.resolve("ca-first.pem"), caFirst);
        byte[] pfx = openssl.pkcs12(
                "chain.p12", "s3cret pass", "-in", "ca-first.pem", "-inkey", "leaf.key", "-certfile", "ca.pem");

        ManagementCertificate loaded = CertificateLoader.load(pfx, PASSWORD);

        assertEquals(openssl.sha1Thumbprint("leaf.pem", "PEM"), loaded.thumbprintSha1());
        assertEquals(2, loaded.chain().size());
        assertEquals(
                openssl.sha1Thumbprint("ca.pem", "PEM"),
                Thumbprints.sha1(loaded.chain().get(1)));
    }

    @Test
    void rejectsWrongPassword() {
        byte[] pfx = openssl.pkcs12("wrong.p12", "s3cret pass", "-in", "cert.pem", "-inkey", "key.pem");

        ManagementCertificateException e = assertFailure(
                Reason.WRONG_PASSWORD,
                "password does not open",
                () -> CertificateLoader.load(pfx, "not it".toCharArray()));

        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("not it"), "no password in " + t);
        }
    }

    @Test
    void rejectsWrongPasswordForPkcs12WithoutMac() {
        byte[] pfx = openssl.pkcs12("wrong-nomac.p12", "s3cret pass", "-nomac", "-in", "cert.pem", "-inkey", "key.pem");

        ManagementCertificateException e = assertThrows(
                ManagementCertificateException.class, () -> CertificateLoader.load(pfx, "not it".toCharArray()));

        assertEquals(Reason.WRONG_PASSWORD, e.reason());
    }

    @Test
    void saysSoWhenAPasswordIsGivenForAPasswordFreePkcs12() {
        byte[] pfx = openssl.pkcs12("free.p12", "", "-in", "cert.pem", "-inkey", "key.pem");

        assertFailure(Reason.WRONG_PASSWORD, "Leave the password empty", () -> CertificateLoader.load(pfx, PASSWORD));
    }

    @Test
    void readsUnencryptedKeyBagEvenWhenAPasswordIsGiven() throws Exception {
        byte[] pfx = unencryptedPkcs12("plain-with-password.p12");

        assertEquals(expectedThumbprint, CertificateLoader.load(pfx, PASSWORD).thumbprintSha1());
    }

    @Test
    void asksForThePasswordOfAProtectedPkcs12() {
        byte[] pfx = openssl.pkcs12("required.p12", "s3cret pass", "-in", "cert.pem", "-inkey", "key.pem");

        assertFailure(
                Reason.PASSWORD_REQUIRED, "Enter the password", () -> CertificateLoader.fromPkcs12(pfx, null, null));
    }

    @Test
    void rejectsPkcs12WithOnlyACertificate() {
        byte[] pfx = openssl.pkcs12("certonly.p12", "s3cret pass", "-nokeys", "-in", "cert.pem");

        assertFailure(
                Reason.NO_PRIVATE_KEY,
                "Upload the .pfx that includes the private key",
                () -> CertificateLoader.load(pfx, PASSWORD));
    }

    @Test
    void rejectsPkcs12WithAKeyButNoCertificate() {
        byte[] pfx = openssl.pkcs12("keyonly.p12", "s3cret pass", "-nocerts", "-inkey", "key.pem");

        ManagementCertificateException e =
                assertThrows(ManagementCertificateException.class, () -> CertificateLoader.load(pfx, PASSWORD));

        assertEquals(Reason.NO_MATCHING_CERTIFICATE, e.reason());
    }

    @Test
    void rejectsSmallAndNonRsaKeysInPkcs12() {
        openssl.withRejectedKeys();
        byte[] small = openssl.pkcs12("small.p12", "s3cret pass", "-in", "small.pem", "-inkey", "small.key");
        byte[] ec = openssl.pkcs12("ec.p12", "s3cret pass", "-in", "ec.pem", "-inkey", "ec.key");

        assertFailure(Reason.KEY_TOO_SMALL, "1024 bits", () -> CertificateLoader.load(small, PASSWORD));
        assertFailure(Reason.NOT_RSA, "must use RSA keys", () -> CertificateLoader.load(ec, PASSWORD));
    }

    @Test
    void namesTheAliasesWhenSeveralKeysAreStored() throws Exception {
        byte[] pfx = twoKeyEntries();

        ManagementCertificateException e =
                assertThrows(ManagementCertificateException.class, () -> CertificateLoader.load(pfx, PASSWORD));

        assertEquals(Reason.AMBIGUOUS_KEY_ENTRIES, e.reason());
        assertTrue(e.getMessage().contains("first") && e.getMessage().contains("second"), e.getMessage());
    }

    @Test
    void selectsTheNamedKeyEntry() throws Exception {
        byte[] pfx = twoKeyEntries();

        ManagementCertificate second = CertificateLoader.fromPkcs12(pfx, PASSWORD, "second");

        assertEquals(expectedThumbprint, second.thumbprintSha1());
    }

    @Test
    void listsTheAvailableAliasesForAnUnknownOne() throws Exception {
        byte[] pfx = twoKeyEntries();

        ManagementCertificateException e = assertThrows(
                ManagementCertificateException.class, () -> CertificateLoader.fromPkcs12(pfx, PASSWORD, "third"));

        assertEquals(Reason.UNKNOWN_ALIAS, e.reason());
        assertTrue(e.getMessage().contains("third") && e.getMessage().contains("first, second"), e.getMessage());
    }

    @Test
    void rejectsTruncatedPkcs12AsCorrupt() {
        byte[] pfx = openssl.pkcs12("truncated.p12", "s3cret pass", "-in", "cert.pem", "-inkey", "key.pem");

        assertFailure(
                Reason.CORRUPT,
                "damaged or truncated",
                () -> CertificateLoader.load(Arrays.copyOf(pfx, pfx.length / 2), PASSWORD));
    }

    /** A PKCS#12 without encryption or MAC: the key sits in a plain key bag, which the JDK skips. */
    private static byte[] unencryptedPkcs12(String name) {
        return openssl.pkcs12(
                name, "", "-keypbe", "NONE", "-certpbe", "NONE", "-nomac", "-in", "cert.pem", "-inkey", "key.pem");
    }

    /** A JDK key store with the shared generated certificate as "first" and the OpenSSL one as "second". */
    private static byte[] twoKeyEntries() throws Exception {
        ManagementCertificate first = TestCertificates.shared();
        ManagementCertificate second = CertificateLoader.load(
                openssl.pkcs12("second.p12", "s3cret pass", "-in", "cert.pem", "-inkey", "key.pem"), PASSWORD);
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry("first", first.privateKey(), PASSWORD, new Certificate[] {first.certificate()});
        keyStore.setKeyEntry("second", second.privateKey(), PASSWORD, new Certificate[] {second.certificate()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        keyStore.store(out, PASSWORD);
        return out.toByteArray();
    }
}
