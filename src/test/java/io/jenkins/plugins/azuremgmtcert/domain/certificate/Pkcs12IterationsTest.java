package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.junit.jupiter.api.Test;

/** The key-derivation iteration count is what the caller asked for, in the encryption and the MAC alike. */
class Pkcs12IterationsTest {

    private static final char[] PASSWORD = "Xq7Lm2Rt9Vw4Yz6Bc8Df0Gh3Jk5Np1Sa".toCharArray();

    @Test
    void defaultExportStretchesTheKeyTenThousandTimes() throws Exception {
        byte[] pfx = CertificateExporter.toPkcs12(TestCertificates.shared(), PASSWORD, Pkcs12Encryption.MODERN);
        assertIterations(pfx, CertificateExporter.DEFAULT_ITERATIONS);
    }

    @Test
    void randomPasswordExportUsesOpenSslsDefaultAndStillLoads() throws Exception {
        ManagementCertificate certificate = TestCertificates.shared();
        byte[] pfx = CertificateExporter.toPkcs12(
                certificate, PASSWORD, Pkcs12Encryption.MODERN, CertificateExporter.RANDOM_PASSWORD_ITERATIONS);
        assertIterations(pfx, 2_048);
        assertEquals(
                certificate.thumbprintSha1(),
                CertificateLoader.fromPkcs12(pfx, PASSWORD.clone(), null).thumbprintSha1());
    }

    @Test
    void refusesIterationCountsOutsideTheSaneRange() {
        ManagementCertificate certificate = TestCertificates.shared();
        assertThrows(
                IllegalArgumentException.class,
                () -> CertificateExporter.toPkcs12(certificate, PASSWORD, Pkcs12Encryption.MODERN, 999));
        assertThrows(
                IllegalArgumentException.class,
                () -> CertificateExporter.toPkcs12(certificate, PASSWORD, Pkcs12Encryption.LEGACY, 1_000_001));
    }

    private static void assertIterations(byte[] pfx, int expected) throws Exception {
        PKCS12PfxPdu pdu = new PKCS12PfxPdu(pfx);
        assertEquals(
                BigInteger.valueOf(expected), pdu.toASN1Structure().getMacData().getIterationCount(), "MAC");
        int encryptedParts = 0;
        for (ContentInfo info : pdu.getContentInfos()) {
            if (info.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
                assertEquals(
                        expected,
                        pbkdf2Iterations(
                                EncryptedData.getInstance(info.getContent()).getEncryptionAlgorithm()),
                        "certificate bag");
                encryptedParts++;
            } else {
                for (PKCS12SafeBag bag : new PKCS12SafeBagFactory(info).getSafeBags()) {
                    PKCS8EncryptedPrivateKeyInfo key = (PKCS8EncryptedPrivateKeyInfo) bag.getBagValue();
                    assertEquals(expected, pbkdf2Iterations(key.getEncryptionAlgorithm()), "key bag");
                    encryptedParts++;
                }
            }
        }
        assertEquals(2, encryptedParts, "one encrypted certificate part and one shrouded key bag");
    }

    private static int pbkdf2Iterations(AlgorithmIdentifier algorithm) {
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(algorithm.getParameters());
        return PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters())
                .getIterationCount()
                .intValueExact();
    }
}
