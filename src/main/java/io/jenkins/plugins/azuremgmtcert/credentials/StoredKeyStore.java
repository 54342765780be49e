package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The credential's keystore format: PKCS#12 with PBES2/AES-256 ({@link Pkcs12Encryption#MODERN}), one key entry, and
 * the password that opens it. Every {@code char[]} copy of a password is cleared after use.
 */
final class StoredKeyStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    private StoredKeyStore() {}

    /** A random password (192 bits, URL-safe Base64) for keystores whose input had none. */
    @NonNull
    static Secret randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Secret.fromString(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The certificate and key as a PKCS#12 keystore protected by the password. */
    @NonNull
    static byte[] export(@NonNull ManagementCertificate certificate, @NonNull Secret password) {
        char[] chars = password.getPlainText().toCharArray();
        try {
            return CertificateExporter.toPkcs12(certificate, chars, Pkcs12Encryption.MODERN);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** The keystore opened with the JDK, as consumers of certificate credentials open it. */
    @NonNull
    static KeyStore open(@NonNull byte[] pkcs12, @NonNull Secret password)
            throws GeneralSecurityException, IOException {
        char[] chars = password.getPlainText().toCharArray();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), chars);
            return store;
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** The keystore read back as a management certificate. */
    @NonNull
    static ManagementCertificate load(@NonNull byte[] pkcs12, @NonNull Secret password)
            throws ManagementCertificateException {
        char[] chars = password.getPlainText().toCharArray();
        try {
            return CertificateLoader.fromPkcs12(pkcs12, chars, null);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** An empty, initialised keystore: what {@code getKeyStore()} returns if the stored one cannot be opened. */
    @NonNull
    static KeyStore empty() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("PKCS12 keystores are not supported by this JVM", e);
        }
    }
}
