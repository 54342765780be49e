package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;

/**
 * Writes management certificates: the DER {@code .cer} the Azure portal takes, PEM for curl, openssl and az, and
 * PKCS#12 for tools that want a {@code .pfx}. The PEM with the key and the PKCS#12 bytes are secrets: handle them
 * like passwords.
 */
public final class CertificateExporter {

    /** Key-derivation iterations of {@link #toPkcs12(ManagementCertificate, char[], Pkcs12Encryption)}. */
    public static final int DEFAULT_ITERATIONS = 10_000;

    /**
     * OpenSSL 3's default iteration count: enough for a file whose password is long and random (such as the one a
     * build gets), where key stretching adds nothing to the password's own strength.
     */
    public static final int RANDOM_PASSWORD_ITERATIONS = 2_048;

    private static final Base64.Encoder PEM_BASE64 = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private CertificateExporter() {}

    /** DER encoding, what the Azure portal takes as a management certificate. */
    public static byte[] toCer(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate has no DER encoding", e);
        }
    }

    /** PEM ({@code -----BEGIN CERTIFICATE-----}), lines of 64 characters, ending with a newline. */
    public static String toPemCertificate(X509Certificate certificate) {
        return pem("CERTIFICATE", toCer(certificate));
    }

    /** The certificate, the rest of its chain, then the unencrypted PKCS#8 key ({@code BEGIN PRIVATE KEY}). */
    public static String toPem(ManagementCertificate certificate) {
        StringBuilder pem = new StringBuilder();
        certificate.chain().forEach(c -> pem.append(toPemCertificate(c)));
        return pem.append(pem("PRIVATE KEY", certificate.privateKey().getEncoded()))
                .toString();
    }

    /**
     * PKCS#12 with the key, its certificate and the rest of the chain. A null or empty password gives a password-free
     * {@code .pfx} (it opens with the empty password in Java and with {@code openssl pkcs12 -passin pass:}).
     * {@link Pkcs12Encryption#MODERN} is what current tools expect; {@link Pkcs12Encryption#LEGACY} is for old
     * Windows tools. A password that is not printable ASCII works with {@link CertificateLoader} and OpenSSL, but
     * Java's own {@code KeyStore} (and so Jenkins' certificate credentials) cannot open such a file.
     */
    public static byte[] toPkcs12(
            ManagementCertificate certificate, @CheckForNull char[] password, Pkcs12Encryption encryption) {
        return toPkcs12(certificate, password, encryption, DEFAULT_ITERATIONS);
    }

    /**
     * As {@link #toPkcs12(ManagementCertificate, char[], Pkcs12Encryption)}, with the key-derivation iteration count
     * of the encryption and the MAC. Use fewer than {@link #DEFAULT_ITERATIONS} only for a long random password
     * ({@link #RANDOM_PASSWORD_ITERATIONS}); a password a person chose needs the stretching.
     *
     * @param iterations from 1,000 to 1,000,000
     */
    public static byte[] toPkcs12(
            ManagementCertificate certificate,
            @CheckForNull char[] password,
            Pkcs12Encryption encryption,
            int iterations) {
        Objects.requireNonNull(encryption, "encryption");
        if (iterations < 1_000 || iterations > 1_000_000) {
            throw new IllegalArgumentException("iterations must be from 1,000 to 1,000,000, not " + iterations);
        }
        char[] effective = password == null ? new char[0] : password;
        boolean modern = encryption == Pkcs12Encryption.MODERN;
        PKCS12MacCalculatorBuilder mac = Pkcs12Protection.mac(modern, iterations);
        try {
            DEROctetString localKeyId = new DEROctetString(HexFormat.of().parseHex(certificate.thumbprintSha1()));
            DERBMPString friendlyName = new DERBMPString(certificate.describe().subject());
            PKCS12SafeBag[] certificateBags =
                    new PKCS12SafeBag[certificate.chain().size()];
            for (int i = 0; i < certificateBags.length; i++) {
                PKCS12SafeBagBuilder bag =
                        new JcaPKCS12SafeBagBuilder(certificate.chain().get(i));
                if (i == 0) {
                    bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, friendlyName);
                    bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);
                }
                certificateBags[i] = bag.build();
            }
            PKCS12SafeBagBuilder keyBag =
                    new JcaPKCS12SafeBagBuilder(certificate.privateKey(), encryptor(modern, effective, iterations));
            keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, friendlyName);
            keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);
            return new PKCS12PfxPduBuilder()
                    .addEncryptedData(encryptor(modern, effective, iterations), certificateBags)
                    .addData(keyBag.build())
                    .build(mac, effective)
                    .getEncoded("DER");
        } catch (IOException | PKCSException e) {
            throw new IllegalStateException("BouncyCastle could not encode the PKCS#12 file", e);
        }
    }

    /** A fresh salt and IV for each use, so the key bag and the certificates are never encrypted alike. */
    private static OutputEncryptor encryptor(boolean modern, char[] password, int iterations) {
        return modern
                ? Pkcs12Protection.pbes2Aes256(password, iterations)
                : Pkcs12Protection.pbeSha1TripleDes(password, iterations);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + PEM_BASE64.encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
