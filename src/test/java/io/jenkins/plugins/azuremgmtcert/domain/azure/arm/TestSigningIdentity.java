package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A self-signed RSA 2048 certificate and its key, generated at test time (never committed). */
record TestSigningIdentity(X509Certificate certificate, PrivateKey privateKey) {

    static TestSigningIdentity generate(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keyPair = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Principal subject = new X500Principal("CN=" + commonName);
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                            Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))),
                            subject, keyPair.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
            return new TestSigningIdentity(certificate, keyPair.getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate a test certificate", e);
        }
    }

    @Override
    public String toString() {
        return "TestSigningIdentity[" + certificate.getSubjectX500Principal() + "]";
    }
}
