package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException.Reason;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The value type: what it shows, what it hides, how it pairs a key with its certificate. */
class ManagementCertificateTest {

    @TempDir
    Path dir;

    @Test
    void toStringShowsSubjectAndThumbprintButNoKeyMaterial() {
        ManagementCertificate certificate = TestCertificates.shared();
        String base64Key =
                Base64.getEncoder().encodeToString(certificate.privateKey().getEncoded());
        String mimeKey =
                Base64.getMimeEncoder().encodeToString(certificate.privateKey().getEncoded());

        String text = certificate.toString();

        assertTrue(text.contains("CN=Jenkins - tests"), text);
        assertTrue(text.contains(certificate.thumbprintSha1()), text);
        assertFalse(text.contains(base64Key.substring(0, 40)), "no PKCS#8 key in toString()");
        assertFalse(text.contains(mimeKey.substring(100, 140)), "no part of the key in toString()");
    }

    @Test
    void describesTheCertificate() {
        ManagementCertificate certificate = TestCertificates.shared();
        X509Certificate x509 = certificate.certificate();

        CertificateDescription description = certificate.describe();

        assertEquals("CN=Jenkins - tests", description.subject());
        assertEquals("CN=Jenkins - tests", description.issuer());
        assertEquals(x509.getSerialNumber().toString(16).toUpperCase(Locale.ROOT), description.serialNumber());
        assertTrue(description.serialNumber().matches("[0-9A-F]+"), description.serialNumber());
        assertEquals(x509.getNotBefore().toInstant(), description.notBefore());
        assertEquals(x509.getNotAfter().toInstant(), description.notAfter());
        assertEquals("RSA", description.keyAlgorithm());
        assertEquals(2048, description.keySize());
        assertTrue(description.thumbprintSha1().matches("[0-9A-F]{40}"), description.thumbprintSha1());
        assertTrue(description.thumbprintSha256().matches("[0-9A-F]{64}"), description.thumbprintSha256());
        assertEquals(certificate.thumbprintSha1(), description.thumbprintSha1());
    }

    @Test
    void picksTheCertificateOfTheKeyAndOrdersItsIssuersAfterIt() throws Exception {
        OpenSslFixtures openssl = OpenSslFixtures.createIn(dir).withChain();
        ManagementCertificate leaf = CertificateLoader.fromPem(openssl.text("leaf.pem", "leaf.key"), null);
        X509Certificate ca = CertificateLoader.fromPem(openssl.text("ca.pem", "ca.key"), null)
                .certificate();
        X509Certificate unrelated = TestCertificates.shared().certificate();

        ManagementCertificate paired =
                ManagementCertificate.of(leaf.privateKey(), List.of(unrelated, ca, leaf.certificate()));

        assertEquals(List.of(leaf.certificate(), ca, unrelated), paired.chain());
        assertEquals(leaf.certificate(), paired.certificate());
        assertThrows(UnsupportedOperationException.class, () -> paired.chain().clear());
    }

    @Test
    void refusesADamagedKeyWhoseModulusStillMatches() throws Exception {
        ManagementCertificate generated = TestCertificates.shared();
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) generated.privateKey();
        PrivateKey damaged = KeyFactory.getInstance("RSA")
                .generatePrivate(new RSAPrivateCrtKeySpec(
                        key.getModulus(),
                        key.getPublicExponent(),
                        key.getPrivateExponent(),
                        key.getPrimeP(),
                        key.getPrimeQ(),
                        key.getPrimeExponentP(),
                        key.getPrimeExponentQ(),
                        key.getCrtCoefficient().add(BigInteger.ONE)));

        ManagementCertificateException e = assertThrows(
                ManagementCertificateException.class,
                () -> ManagementCertificate.of(damaged, List.of(generated.certificate())));

        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("private key is damaged"), e.getMessage());
    }

    @Test
    void refusesAKeyWithoutItsCertificate() {
        ManagementCertificate generated = TestCertificates.shared();
        ManagementCertificate other = CertificateGenerator.forName("other").generate();

        ManagementCertificateException e = assertThrows(
                ManagementCertificateException.class,
                () -> ManagementCertificate.of(generated.privateKey(), List.of(other.certificate())));
        ManagementCertificateException none = assertThrows(
                ManagementCertificateException.class,
                () -> ManagementCertificate.of(generated.privateKey(), List.of()));

        assertEquals(Reason.NO_MATCHING_CERTIFICATE, e.reason());
        assertEquals(Reason.NO_MATCHING_CERTIFICATE, none.reason());
    }
}
