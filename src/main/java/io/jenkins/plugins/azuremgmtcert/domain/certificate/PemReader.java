package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads PEM text holding certificates and one private key: PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, also the old
 * OpenSSL encrypted form), PKCS#8 ({@code BEGIN PRIVATE KEY}) and encrypted PKCS#8
 * ({@code BEGIN ENCRYPTED PRIVATE KEY}). Other PEM blocks (public keys, EC parameters) are skipped.
 */
final class PemReader {

    /** Windows editors may start a text with one; BouncyCastle would then skip the first PEM block. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** How BouncyCastle's PEMParser starts the message for a block type it does not know. */
    private static final String UNRECOGNISED = "unrecognised object: ";

    private final List<X509Certificate> certificates = new ArrayList<>();
    private final List<PrivateKeyInfo> keys = new ArrayList<>();
    private final char[] password;
    private int blocks;

    private PemReader(@CheckForNull char[] password) {
        this.password = password == null ? new char[0] : password;
    }

    static ManagementCertificate read(String pem, @CheckForNull char[] password) throws ManagementCertificateException {
        PemReader reader = new PemReader(password);
        reader.parse(pem.replace(BYTE_ORDER_MARK, ""));
        return reader.result();
    }

    private void parse(String pem) throws ManagementCertificateException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
                blocks++;
                accept(block);
            }
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (message.startsWith(UNRECOGNISED)) {
                throw new ManagementCertificateException(
                        Reason.UNSUPPORTED,
                        Messages.PemReader_Unsupported(message.substring(UNRECOGNISED.length())),
                        e);
            }
            throw new ManagementCertificateException(Reason.CORRUPT, Messages.PemReader_Corrupt(), e);
        } catch (RuntimeException e) {
            throw new ManagementCertificateException(Reason.CORRUPT, Messages.PemReader_Corrupt(), e);
        }
    }

    private void accept(Object block) throws IOException, ManagementCertificateException {
        if (block instanceof X509CertificateHolder holder) {
            certificates.add(toX509(holder));
        } else if (block instanceof PEMKeyPair pair) {
            keys.add(pair.getPrivateKeyInfo());
        } else if (block instanceof PrivateKeyInfo info) {
            keys.add(info);
        } else if (block instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
            keys.add(decrypt(encrypted));
        } else if (block instanceof PEMEncryptedKeyPair encrypted) {
            keys.add(decrypt(encrypted));
        }
    }

    private ManagementCertificate result() throws ManagementCertificateException {
        if (blocks == 0) {
            throw new ManagementCertificateException(
                    Reason.NOT_A_CERTIFICATE, Messages.CertificateLoader_NotACertificate());
        }
        if (keys.isEmpty()) {
            throw new ManagementCertificateException(Reason.NO_PRIVATE_KEY, Messages.CertificateLoader_NoPrivateKey());
        }
        if (keys.size() > 1) {
            throw new ManagementCertificateException(
                    Reason.AMBIGUOUS_KEY_ENTRIES, Messages.PemReader_SeveralKeys(keys.size()));
        }
        PrivateKeyInfo info = keys.get(0);
        X509Certificate first = certificates.isEmpty() ? null : certificates.get(0);
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(
                info.getPrivateKeyAlgorithm().getAlgorithm())) {
            throw new ManagementCertificateException(
                            Reason.NOT_RSA,
                            Messages.KeyRequirements_NotRsa(KeyAlgorithmNames.of(info.getPrivateKeyAlgorithm())))
                    .withCertificate(first);
        }
        PrivateKey key = toRsaKey(info);
        try {
            KeyRequirements.require(key);
        } catch (ManagementCertificateException refused) {
            throw refused.withCertificate(first);
        }
        if (certificates.isEmpty()) {
            throw new ManagementCertificateException(
                    Reason.NO_MATCHING_CERTIFICATE, Messages.ManagementCertificate_NoCertificate());
        }
        return ManagementCertificate.of(key, certificates);
    }

    private PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo encrypted) throws ManagementCertificateException {
        requirePassword();
        try {
            KeyDerivationLimit.check(encrypted.getEncryptionAlgorithm());
        } catch (RuntimeException e) {
            throw new ManagementCertificateException(Reason.CORRUPT, Messages.PemReader_Corrupt(), e);
        }
        try {
            return encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(password));
        } catch (PKCSException | OperatorCreationException | RuntimeException e) {
            throw new ManagementCertificateException(Reason.WRONG_PASSWORD, Messages.PemReader_WrongPassword(), e);
        }
    }

    private PrivateKeyInfo decrypt(PEMEncryptedKeyPair encrypted) throws ManagementCertificateException {
        requirePassword();
        try {
            return encrypted
                    .decryptKeyPair(new JcePEMDecryptorProviderBuilder()
                            .setProvider(BouncyCastle.PROVIDER)
                            .build(password))
                    .getPrivateKeyInfo();
        } catch (IOException | RuntimeException e) {
            throw new ManagementCertificateException(Reason.WRONG_PASSWORD, Messages.PemReader_WrongPassword(), e);
        }
    }

    private void requirePassword() throws ManagementCertificateException {
        if (password.length == 0) {
            throw new ManagementCertificateException(Reason.PASSWORD_REQUIRED, Messages.PemReader_PasswordRequired());
        }
    }

    private static X509Certificate toX509(X509CertificateHolder holder) throws IOException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IOException("unreadable certificate", e);
        }
    }

    private static PrivateKey toRsaKey(PrivateKeyInfo info) throws ManagementCertificateException {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new ManagementCertificateException(Reason.CORRUPT, Messages.PemReader_Corrupt(), e);
        }
    }
}
