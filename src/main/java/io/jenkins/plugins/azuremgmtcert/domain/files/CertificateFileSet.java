package io.jenkins.plugins.azuremgmtcert.domain.files;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The three files a build gets for one management certificate, in memory: a PKCS#12 protected by a fresh random
 * password, the certificate and its unencrypted PKCS#8 key as PEM, and the public certificate as DER. {@link
 * #toString()} shows sizes only.
 *
 * <p>The PKCS#12 is written by default in the format every reader opens ({@link #DEFAULT_ENCRYPTION}: 3DES with the
 * PKCS#12 key derivation, SHA-1 MAC), which .NET Framework, Windows before Server 2019 and Java 8 need, where the
 * modern format (AES-256, PBKDF2, SHA-256 MAC) fails. The weaker cipher costs nothing here: the password is 32 random
 * characters (about 190 bits), made for one block, and the file is private to the build's user and deleted when the
 * block ends.
 */
public final class CertificateFileSet {

    /** Length of the generated PKCS#12 password: 32 characters from 62 give about 190 bits. */
    static final int PASSWORD_LENGTH = 32;

    /** The format of a build's PKCS#12 unless the step asks for the modern one: what every reader opens. */
    public static final Pkcs12Encryption DEFAULT_ENCRYPTION = Pkcs12Encryption.LEGACY;

    private static final char[] PASSWORD_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final byte[] pfx;
    private final String pfxPassword;
    private final byte[] pem;
    private final byte[] cer;

    /**
     * Contents given as they are; for callers that export the certificate themselves.
     *
     * @param pfx PKCS#12 bytes that open with {@code pfxPassword}
     * @param pfxPassword the PKCS#12 password; letters and digits, so no shell quoting changes it
     * @param pem certificate(s) and private key, PEM
     * @param cer the certificate, DER
     */
    public CertificateFileSet(byte[] pfx, String pfxPassword, byte[] pem, byte[] cer) {
        this.pfx = pfx.clone();
        this.pfxPassword = pfxPassword;
        this.pem = pem.clone();
        this.cer = cer.clone();
    }

    /** Exports {@code certificate} with a new random password drawn from {@code random}, in the default format. */
    public static CertificateFileSet export(ManagementCertificate certificate, SecureRandom random) {
        return export(certificate, random, DEFAULT_ENCRYPTION);
    }

    /** Exports {@code certificate} with a new random password drawn from {@code random}, the PKCS#12 as {@code encryption} says. */
    public static CertificateFileSet export(
            ManagementCertificate certificate, SecureRandom random, Pkcs12Encryption encryption) {
        char[] password = randomPassword(random);
        try {
            // The password is long and random, so OpenSSL's default iteration count loses nothing and saves most of
            // the time a build spends writing its files (see docs/benchmarks.md).
            byte[] pfx = CertificateExporter.toPkcs12(
                    certificate, password, encryption, CertificateExporter.RANDOM_PASSWORD_ITERATIONS);
            byte[] pem = CertificateExporter.toPem(certificate).getBytes(StandardCharsets.US_ASCII);
            byte[] cer = CertificateExporter.toCer(certificate.certificate());
            return new CertificateFileSet(pfx, new String(password), pem, cer);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static char[] randomPassword(SecureRandom random) {
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)];
        }
        return password;
    }

    byte[] pfx() {
        return pfx;
    }

    String pfxPassword() {
        return pfxPassword;
    }

    byte[] pem() {
        return pem;
    }

    byte[] cer() {
        return cer;
    }

    @Override
    public String toString() {
        return "CertificateFileSet[pfx=" + pfx.length + " bytes, pem=" + pem.length + " bytes, cer=" + cer.length
                + " bytes]";
    }
}
