package io.jenkins.plugins.azuremgmtcert.domain.files;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed RSA 2048 certificate generated at test time and its three files, built with the JDK and
 * BouncyCastle's lightweight builder only, so these tests do not depend on the certificate domain's exporter.
 */
final class TestCertificateFiles {

    final X509Certificate certificate;
    final KeyPair keyPair;
    final String password;

    private TestCertificateFiles(X509Certificate certificate, KeyPair keyPair, String password) {
        this.certificate = certificate;
        this.keyPair = keyPair;
        this.password = password;
    }

    static TestCertificateFiles generate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keyPair = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=Jenkins - materializer test");
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                subject,
                                BigInteger.valueOf(now.toEpochMilli()),
                                Date.from(now.minus(1, ChronoUnit.DAYS)),
                                Date.from(now.plus(30, ChronoUnit.DAYS)),
                                subject,
                                keyPair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
        return new TestCertificateFiles(certificate, keyPair, "Pw" + Long.toHexString(now.toEpochMilli()));
    }

    CertificateFileSet fileSet() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("azure", keyPair.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
        ByteArrayOutputStream pfx = new ByteArrayOutputStream();
        store.store(pfx, password.toCharArray());
        String pem = pem("CERTIFICATE", certificate.getEncoded())
                + pem("PRIVATE KEY", keyPair.getPrivate().getEncoded());
        return new CertificateFileSet(
                pfx.toByteArray(), password, pem.getBytes(StandardCharsets.US_ASCII), certificate.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
