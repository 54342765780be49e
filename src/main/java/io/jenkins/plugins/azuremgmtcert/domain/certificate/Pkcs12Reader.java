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
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.Pfx;

/**
 * Opens PKCS#12 files. The JDK reads modern (PBES2/AES), legacy (RC2-40, 3DES) and MAC-less files, and for an empty
 * password tries both encodings: {@code ""} as Java and OpenSSL write it, and the zero-length ("null") password of
 * some Windows tools (the {@code .publishsettings} PFX opens with either). BouncyCastle, as an explicit provider
 * instance, reads what the JDK cannot: passwords that are not printable ASCII, unencrypted key bags, and certificates
 * not linked to their key.
 */
final class Pkcs12Reader {

    private static final char[] NO_PASSWORD = new char[0];

    private Pkcs12Reader() {}

    static ManagementCertificate read(byte[] data, @CheckForNull char[] password, @CheckForNull String alias)
            throws ManagementCertificateException {
        requireWellFormed(data);
        boolean noPassword = password == null || password.length == 0;
        char[] effective = noPassword ? NO_PASSWORD : password;
        Pkcs12Contents contents = open(newKeyStore(null), data, effective);
        if (contents == null && !isPrintableAscii(effective)) {
            contents = openWithBouncyCastle(data, effective);
        }
        if (contents == null) {
            throw passwordFailure(data, noPassword);
        }
        if (contents.lacksKeysOrCertificates()) {
            contents = withBouncyCastleView(data, effective, contents);
        }
        return contents.select(alias);
    }

    /** Keeps the JDK's view unless BouncyCastle sees keys and certificates (with the password, or without one). */
    private static Pkcs12Contents withBouncyCastleView(byte[] data, char[] password, Pkcs12Contents jdkView) {
        for (char[] candidate : new char[][] {password, NO_PASSWORD}) {
            try {
                Pkcs12Contents view = open(newKeyStore(BouncyCastle.PROVIDER), data, candidate);
                if (view != null && !view.lacksKeysOrCertificates()) {
                    return view;
                }
            } catch (ManagementCertificateException | RuntimeException e) {
                // BouncyCastle refuses some files the JDK read; the JDK's view stands for those
            }
        }
        return jdkView;
    }

    private static boolean isPrintableAscii(char[] password) {
        for (char c : password) {
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** The JDK accepts only printable ASCII passwords; BouncyCastle opens files protected with any password. */
    @CheckForNull
    private static Pkcs12Contents openWithBouncyCastle(byte[] data, char[] password) {
        try {
            return open(newKeyStore(BouncyCastle.PROVIDER), data, password);
        } catch (ManagementCertificateException | RuntimeException e) {
            return null;
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

    /** A PKCS#12 structure whose key derivations stay within {@link KeyDerivationLimit}. */
    private static void requireWellFormed(byte[] data) throws ManagementCertificateException {
        Pfx pfx;
        try {
            pfx = Pfx.getInstance(ASN1Primitive.fromByteArray(data));
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        }
        try {
            KeyDerivationLimit.check(pfx);
        } catch (RuntimeException e) {
            throw corrupt(e);
        }
    }

    private static ManagementCertificateException passwordFailure(byte[] data, boolean noPassword) {
        if (noPassword) {
            return new ManagementCertificateException(
                    Reason.PASSWORD_REQUIRED, Messages.Pkcs12Reader_PasswordRequired());
        }
        if (opensWithoutPassword(data)) {
            return new ManagementCertificateException(Reason.WRONG_PASSWORD, Messages.Pkcs12Reader_HasNoPassword());
        }
        return new ManagementCertificateException(Reason.WRONG_PASSWORD, Messages.Pkcs12Reader_WrongPassword());
    }

    private static boolean opensWithoutPassword(byte[] data) {
        try {
            return open(newKeyStore(null), data, NO_PASSWORD) != null;
        } catch (ManagementCertificateException e) {
            return false;
        }
    }

    private static ManagementCertificateException corrupt(Exception cause) {
        return new ManagementCertificateException(Reason.CORRUPT, Messages.Pkcs12Reader_Corrupt(), cause);
    }
}
