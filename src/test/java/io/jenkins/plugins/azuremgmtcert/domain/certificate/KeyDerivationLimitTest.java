package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static io.jenkins.plugins.azuremgmtcert.domain.certificate.LoaderFailures.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfoBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.junit.jupiter.api.Test;

/**
 * A hostile file names its own key-derivation cost. Two billion PBKDF2 iterations would keep a CPU busy for hours
 * before the password is checked; such files are refused at once, on the paths where BouncyCastle (which has no cap
 * of its own) derives the key.
 */
class KeyDerivationLimitTest {

    private static final int HOSTILE_ITERATIONS = 2_000_000_000;
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @Test
    void refusesAnEncryptedPemKeyThatAsksForBillionsOfIterations() throws Exception {
        ManagementCertificate certificate = TestCertificates.shared();
        char[] password = "pem pass".toCharArray();
        EncryptedPrivateKeyInfo encrypted = new PKCS8EncryptedPrivateKeyInfoBuilder(
                        PrivateKeyInfo.getInstance(certificate.privateKey().getEncoded()))
                .build(claimingIterations(Pkcs12Protection.pbes2Aes256(password, 2_048), HOSTILE_ITERATIONS))
                .toASN1Structure();
        String pem = CertificateExporter.toPemCertificate(certificate.certificate())
                + pem("ENCRYPTED PRIVATE KEY", encrypted.getEncoded(ASN1Encoding.DER));

        ManagementCertificateException e = assertTimeoutPreemptively(
                PROMPTLY,
                () -> assertFailure(Reason.UNSUPPORTED, "iterations", () -> CertificateLoader.fromPem(pem, password)));
        assertTrue(e.getMessage().contains("2000000000"), e.getMessage());
    }

    @Test
    void refusesAPkcs12KeyBagThatAsksForBillionsOfIterations() throws Exception {
        // A password the JDK cannot use, so BouncyCastle reads the file; its MAC is genuine and cheap.
        char[] password = "pässwörd".toCharArray();
        ManagementCertificate certificate = TestCertificates.shared();
        PKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(
                certificate.privateKey(),
                claimingIterations(Pkcs12Protection.pbes2Aes256(password, 2_048), HOSTILE_ITERATIONS));
        byte[] pfx = new PKCS12PfxPduBuilder()
                .addEncryptedData(
                        Pkcs12Protection.pbes2Aes256(password, 2_048),
                        new JcaPKCS12SafeBagBuilder(certificate.certificate()).build())
                .addData(keyBag.build())
                .build(Pkcs12Protection.mac(true, 2_048), password)
                .getEncoded(ASN1Encoding.DER);

        assertTimeoutPreemptively(
                PROMPTLY,
                () -> assertFailure(Reason.UNSUPPORTED, "iterations", () -> CertificateLoader.load(pfx, password)));
    }

    @Test
    void acceptsTheIterationCountsToolsReallyWrite() throws Exception {
        ManagementCertificate certificate = TestCertificates.shared();
        char[] password = "ordinary".toCharArray();
        byte[] pfx = CertificateExporter.toPkcs12(certificate, password, Pkcs12Encryption.MODERN, 100_000);

        assertEquals(
                certificate.thumbprintSha1(),
                CertificateLoader.load(pfx, password).thumbprintSha1());
    }

    @Test
    void stillReadsBerEncodedPkcs12AsWindowsAndBouncyCastleWriteIt() throws Exception {
        ManagementCertificate certificate = TestCertificates.shared();
        char[] password = "ber pass".toCharArray();
        KeyStore keyStore = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
        keyStore.load(null, null);
        keyStore.setKeyEntry("key", certificate.privateKey(), password, new Certificate[] {certificate.certificate()});
        ByteArrayOutputStream ber = new ByteArrayOutputStream();
        keyStore.store(ber, password);
        byte[] pfx = ber.toByteArray();
        assertEquals(0x80, pfx[1] & 0xFF, "an indefinite-length (BER) outer SEQUENCE");

        assertEquals(
                certificate.thumbprintSha1(),
                CertificateLoader.load(pfx, password).thumbprintSha1());
    }

    /** Encrypts as {@code real} does but names another PBKDF2 iteration count in the algorithm identifier. */
    private static OutputEncryptor claimingIterations(OutputEncryptor real, int iterations) {
        AlgorithmIdentifier original = real.getAlgorithmIdentifier();
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(original.getParameters());
        PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        PBKDF2Params claimed =
                new PBKDF2Params(kdf.getSalt(), iterations, kdf.getKeyLength().intValueExact(), kdf.getPrf());
        AlgorithmIdentifier lie = new AlgorithmIdentifier(
                PKCSObjectIdentifiers.id_PBES2,
                new PBES2Parameters(
                        new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, claimed), pbes2.getEncryptionScheme()));
        return new OutputEncryptor() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return lie;
            }

            @Override
            public OutputStream getOutputStream(OutputStream out) {
                return real.getOutputStream(out);
            }

            @Override
            public GenericKey getKey() {
                return real.getKey();
            }
        };
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
