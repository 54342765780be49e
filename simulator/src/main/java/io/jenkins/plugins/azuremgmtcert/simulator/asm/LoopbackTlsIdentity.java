package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority and a server certificate it issued, for a loopback HTTPS server. The server
 * certificate names the given host names and IP addresses as subject alternative names; a test that wants a host
 * name mismatch gives a name the client does not connect to. Nothing is registered JVM-wide: the BouncyCastle
 * provider instance is passed explicitly.
 */
public final class LoopbackTlsIdentity {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final char[] KEY_PASSWORD = "simulator".toCharArray();
    private static final String SERVER_ALIAS = "server";

    private final X509Certificate caCertificate;
    private final X509Certificate serverCertificate;
    private final KeyPair serverKeys;

    private LoopbackTlsIdentity(X509Certificate caCertificate, X509Certificate serverCertificate, KeyPair serverKeys) {
        this.caCertificate = caCertificate;
        this.serverCertificate = serverCertificate;
        this.serverKeys = serverKeys;
    }

    /**
     * Generates a CA and a server certificate for the given names (DNS names, or IP literals such as
     * {@code 127.0.0.1}).
     */
    public static LoopbackTlsIdentity create(List<String> subjectAlternativeNames) {
        if (subjectAlternativeNames.isEmpty()) {
            throw new IllegalArgumentException("at least one subject alternative name");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair caKeys = generator.generateKeyPair();
            KeyPair serverKeys = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name caName = new X500Name("CN=Azure Simulator Test CA");
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(
                            caName,
                            serial(),
                            Date.from(now.minus(Duration.ofHours(1))),
                            Date.from(now.plus(Duration.ofDays(2))),
                            caName,
                            caKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate caCertificate = sign(ca, caKeys);
            X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(
                            caName,
                            serial(),
                            Date.from(now.minus(Duration.ofHours(1))),
                            Date.from(now.plus(Duration.ofDays(2))),
                            new X500Name("CN=" + subjectAlternativeNames.get(0)),
                            serverKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(
                            Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, generalNames(subjectAlternativeNames));
            return new LoopbackTlsIdentity(caCertificate, sign(server, caKeys), serverKeys);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot generate the simulator's certificates", e);
        }
    }

    /** The CA certificate that issued the server certificate. */
    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /** The server certificate. */
    public X509Certificate serverCertificate() {
        return serverCertificate;
    }

    /** A fresh PKCS#12 trust store holding the CA certificate, for the client under test. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("azure-simulator-ca", caCertificate);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the trust store", e);
        }
    }

    /** Key managers that present the server certificate and its CA. */
    KeyManagerFactory serverKeyManagers() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(SERVER_ALIAS, serverKeys.getPrivate(), KEY_PASSWORD, new X509Certificate[] {
            serverCertificate, caCertificate
        });
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, KEY_PASSWORD);
        return factory;
    }

    private static GeneralNames generalNames(List<String> names) {
        List<GeneralName> result = new ArrayList<>();
        for (String name : names) {
            result.add(
                    isIpLiteral(name)
                            ? new GeneralName(GeneralName.iPAddress, name)
                            : new GeneralName(GeneralName.dNSName, name));
        }
        return new GeneralNames(result.toArray(new GeneralName[0]));
    }

    private static boolean isIpLiteral(String name) {
        if (!name.matches("[0-9.]+") && !name.contains(":")) {
            return false;
        }
        try {
            InetAddress.getByName(name);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys)
            throws OperatorCreationException, GeneralSecurityException, IOException {
        ContentSigner signer =
                new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(issuerKeys.getPrivate());
        byte[] der = builder.build(signer).getEncoded();
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom()).add(BigInteger.ONE);
    }
}
