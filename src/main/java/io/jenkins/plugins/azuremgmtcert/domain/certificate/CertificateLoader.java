package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/**
 * Reads management certificates from what users upload: a PKCS#12 file (.pfx/.p12, including the one inside a
 * {@code .publishsettings} file), or PEM text with the certificate(s) and the private key. Every result is an RSA
 * key of at least 2048 bits paired with its certificate; everything else ends in a
 * {@link ManagementCertificateException} whose message tells the user what to do.
 *
 * <p>Passwords passed in stay the caller's: they are read, never kept and never cleared here.
 */
public final class CertificateLoader {

    /** Input larger than this is refused before parsing; management certificate files are a few KiB. */
    public static final int MAX_INPUT_BYTES = 1024 * 1024;

    private CertificateLoader() {}

    /**
     * Auto-detects PKCS#12 (DER), PEM text (certificate and key in one file), or a lone DER/PEM certificate (which
     * fails with {@link Reason#NO_PRIVATE_KEY}).
     */
    public static ManagementCertificate load(byte[] data, @CheckForNull char[] password)
            throws ManagementCertificateException {
        requireSize(data.length);
        String pem = pemText(data);
        if (pem != null) {
            return PemReader.read(pem, password);
        }
        if (data.length == 0 || data[0] != 0x30) {
            throw new ManagementCertificateException(
                    Reason.NOT_A_CERTIFICATE, Messages.CertificateLoader_NotACertificate());
        }
        if (isCertificateWithoutKey(data)) {
            throw new ManagementCertificateException(Reason.NO_PRIVATE_KEY, Messages.CertificateLoader_NoPrivateKey());
        }
        return Pkcs12Reader.read(data, password, null);
    }

    /**
     * Reads PKCS#12. A null or empty password tries the empty password and the "null" (zero-length) password, so the
     * PFX in a {@code .publishsettings} file opens. A null alias takes the only key entry (and fails with
     * {@link Reason#AMBIGUOUS_KEY_ENTRIES}, listing the aliases, if there are several); a named alias is matched
     * exactly, then ignoring case (Java lower-cases some), and fails with {@link Reason#UNKNOWN_ALIAS} if absent.
     */
    public static ManagementCertificate fromPkcs12(
            byte[] data, @CheckForNull char[] password, @CheckForNull String alias)
            throws ManagementCertificateException {
        requireSize(data.length);
        return Pkcs12Reader.read(data, password, alias);
    }

    /** PEM with certificate(s) and private key in one text: PKCS#1, PKCS#8 or encrypted PKCS#8 (keyPassword). */
    public static ManagementCertificate fromPem(String pem, @CheckForNull char[] keyPassword)
            throws ManagementCertificateException {
        requireSize(pem.length());
        return PemReader.read(pem, keyPassword);
    }

    /** Certificate(s) and key in two texts. */
    public static ManagementCertificate fromPem(
            String certificatePem, String privateKeyPem, @CheckForNull char[] keyPassword)
            throws ManagementCertificateException {
        requireSize(certificatePem.length() + privateKeyPem.length());
        return PemReader.read(certificatePem + "\n" + privateKeyPem, keyPassword);
    }

    private static void requireSize(int length) throws ManagementCertificateException {
        if (length > MAX_INPUT_BYTES) {
            throw new ManagementCertificateException(
                    Reason.CORRUPT, Messages.CertificateLoader_TooLarge(length, MAX_INPUT_BYTES));
        }
    }

    /** The data as text if it holds a PEM block: UTF-8, or UTF-16 with a byte order mark (Windows editors). */
    @CheckForNull
    private static String pemText(byte[] data) {
        Charset charset = StandardCharsets.UTF_8;
        if (startsWith(data, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(data, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
        }
        String text = new String(data, charset);
        return text.contains("-----BEGIN ") ? text : null;
    }

    private static boolean startsWith(byte[] data, int first, int second) {
        return data.length >= 2 && (data[0] & 0xFF) == first && (data[1] & 0xFF) == second;
    }

    /**
     * A DER certificate (SEQUENCE { SEQUENCE tbsCertificate, ... }) or a PKCS#7 certificate bundle (.p7b, SEQUENCE {
     * OID signedData, ... }); a PFX is SEQUENCE { INTEGER 3, ... }.
     */
    private static boolean isCertificateWithoutKey(byte[] data) {
        try {
            ASN1Primitive outer = ASN1Primitive.fromByteArray(data);
            if (!(outer instanceof ASN1Sequence sequence) || sequence.size() == 0) {
                return false;
            }
            ASN1Encodable first = sequence.getObjectAt(0);
            if (first instanceof ASN1Integer) {
                return false;
            }
            if (first instanceof ASN1ObjectIdentifier type) {
                return PKCSObjectIdentifiers.signedData.equals(type);
            }
            CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(data));
            return true;
        } catch (IOException | CertificateException | RuntimeException e) {
            return false;
        }
    }
}
