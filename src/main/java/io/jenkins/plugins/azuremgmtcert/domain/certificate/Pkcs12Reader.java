package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.Provider;
import java.security.UnrecoverableKeyException;
import java.util.List;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Opens PKCS#12 files. The JDK reads modern (PBES2/AES), legacy (RC2-40, 3DES) and MAC-less files; BouncyCastle, as
 * an explicit provider instance, reads the ones the JDK cannot (a key in an unencrypted key bag).
 */
final class Pkcs12Reader {

    private static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();

    private Pkcs12Reader() {}

    static ManagementCertificate read(byte[] data, @CheckForNull char[] password, @CheckForNull String alias)
            throws ManagementCertificateException {
        requireWellFormed(data);
        boolean noPassword = password == null || password.length == 0;
        // "" is the empty password as Java and OpenSSL encode it; "\0" is how the JDK spells the zero-length
        // ("null") password that some Windows tools used.
        List<char[]> candidates = noPassword ? List.of(new char[0], new char[] {0}) : List.of(password);
        Pkcs12Contents contents = null;
        for (char[] candidate : candidates) {
            contents = open(newKeyStore(null), data, candidate);
            if (contents != null) {
                break;
            }
        }
        if (contents == null) {
            throw passwordFailure(noPassword);
        }
        if (contents.keyAliases().isEmpty()) {
            contents = withBouncyCastleKeys(data, noPassword ? new char[0] : password, contents);
        }
        return contents.select(alias);
    }

    /** The key bags the JDK skips: if BouncyCastle finds keys, use its view; otherwise keep the JDK's. */
    private static Pkcs12Contents withBouncyCastleKeys(byte[] data, char[] password, Pkcs12Contents jdkView) {
        try {
            Pkcs12Contents bouncyCastleView = open(newKeyStore(BOUNCY_CASTLE), data, password);
            return bouncyCastleView != null && !bouncyCastleView.keyAliases().isEmpty() ? bouncyCastleView : jdkView;
        } catch (ManagementCertificateException | RuntimeException e) {
            return jdkView;
        }
    }

    /** The contents, or null if the password does not open the file. */
    @CheckForNull
    private static Pkcs12Contents open(KeyStore keyStore, byte[] data, char[] password)
            throws ManagementCertificateException {
        try {
            keyStore.load(new ByteArrayInputStream(data), password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                return null;
            }
            throw corrupt(e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw corrupt(e);
        }
        try {
            return Pkcs12Contents.of(keyStore, password);
        } catch (UnrecoverableKeyException e) {
            return null;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw corrupt(e);
        }
    }

    private static KeyStore newKeyStore(@CheckForNull Provider provider) {
        try {
            return provider == null ? KeyStore.getInstance("PKCS12") : KeyStore.getInstance("PKCS12", provider);
        } catch (KeyStoreException e) {
            throw new IllegalStateException("PKCS12 is a mandatory key store type", e);
        }
    }

    private static void requireWellFormed(byte[] data) throws ManagementCertificateException {
        try {
            Pfx.getInstance(ASN1Primitive.fromByteArray(data));
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        }
    }

    private static ManagementCertificateException passwordFailure(boolean noPassword) {
        return noPassword
                ? new ManagementCertificateException(Reason.PASSWORD_REQUIRED, Messages.Pkcs12Reader_PasswordRequired())
                : new ManagementCertificateException(Reason.WRONG_PASSWORD, Messages.Pkcs12Reader_WrongPassword());
    }

    private static ManagementCertificateException corrupt(Exception cause) {
        return new ManagementCertificateException(Reason.CORRUPT, Messages.Pkcs12Reader_Corrupt(), cause);
    }
}
