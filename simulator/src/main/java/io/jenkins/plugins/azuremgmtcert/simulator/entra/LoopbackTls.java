package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The simulator's own TLS identity: a self-signed RSA certificate generated at start for {@code localhost} and
 * {@code 127.0.0.1} (or for a chosen host name, to provoke a host name mismatch). Clients trust it only through
 * {@link #trustStore()}; nothing JVM-wide is changed.
 */
public final class LoopbackTls {

    private static final char[] KEY_PASSWORD = "simulator".toCharArray();

    private final X509Certificate certificate;
    private final SSLContext serverContext;

    private LoopbackTls(X509Certificate certificate, SSLContext serverContext) {
        this.certificate = certificate;
        this.serverContext = serverContext;
    }

    /** A server identity valid for {@code localhost} and {@code 127.0.0.1}. */
    public static LoopbackTls forLocalhost() {
        return create("localhost", true);
    }

    /**
     * A server identity valid only for the given DNS name, not for {@code 127.0.0.1}: a client connecting to the
     * loopback address sees a host name mismatch.
     */
    public static LoopbackTls forHostName(String hostName) {
        return create(hostName, false);
    }

    private static LoopbackTls create(String hostName, boolean includeLoopbackAddress) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keyPair = generator.generateKeyPair();
            X509Certificate certificate = selfSigned(keyPair, hostName, includeLoopbackAddress);
            return new LoopbackTls(certificate, serverContext(keyPair.getPrivate(), certificate));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the simulator's TLS identity", e);
        }
    }

    /** The server certificate (self-signed, so it is its own trust anchor). */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The server-side TLS context. */
    public SSLContext serverContext() {
        return serverContext;
    }

    /** A PKCS#12 trust store holding only the server certificate, for clients under test. */
    public KeyStore trustStore() {
        try {
            KeyStore trustStore = KeyStore.getInstance("PKCS12");
            trustStore.load(null, null);
            trustStore.setCertificateEntry("entra-simulator", certificate);
            return trustStore;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot create a trust store", e);
        }
    }

    private static X509Certificate selfSigned(KeyPair keyPair, String hostName, boolean includeLoopbackAddress)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        Instant now = Instant.now();
        X500Principal subject = new X500Principal("CN=" + hostName + ", O=Azure simulator");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject,
                new BigInteger(64, new SecureRandom()).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(1))),
                subject,
                keyPair.getPublic());
        GeneralName dnsName = new GeneralName(GeneralName.dNSName, hostName);
        GeneralName[] names = includeLoopbackAddress
                ? new GeneralName[] {dnsName, new GeneralName(GeneralName.iPAddress, "127.0.0.1")}
                : new GeneralName[] {dnsName};
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        return new JcaX509CertificateConverter()
                .getCertificate(
                        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
    }

    private static SSLContext serverContext(PrivateKey key, X509Certificate certificate)
            throws GeneralSecurityException, IOException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry("server", key, KEY_PASSWORD, new X509Certificate[] {certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, KEY_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, new SecureRandom());
        return context;
    }
}
