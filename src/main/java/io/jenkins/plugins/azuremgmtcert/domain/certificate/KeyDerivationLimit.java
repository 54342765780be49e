package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException.Reason;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.pkcs.AuthenticatedSafe;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Refuses password-based protection whose key derivation would tie up the machine: an uploaded file names its own
 * iteration count (or scrypt cost), and a hostile one asking for two billion iterations would keep a CPU busy for
 * hours before the password is even checked. The JDK caps what it reads at five million; BouncyCastle, which reads
 * encrypted PEM keys and the PKCS#12 files the JDK cannot, has no cap of its own. Checked before any key is derived.
 */
final class KeyDerivationLimit {

    /** The most iterations accepted: far above what any tool writes (OpenSSL 2,048, Java 10,000, Windows 2,000). */
    static final int MAX_ITERATIONS = 1_000_000;

    /** The most memory an scrypt derivation may need (128 * N * r bytes). */
    private static final long MAX_SCRYPT_BYTES = 256L * 1024 * 1024;

    /** The most scrypt work (N * p): OpenSSL's default is 16,384 * 16. */
    private static final long MAX_SCRYPT_WORK = 1L << 22;

    private KeyDerivationLimit() {}

    /** Checks the MAC and every encryption visible without the password in a PKCS#12 file. */
    static void check(Pfx pfx) throws ManagementCertificateException {
        MacData mac = pfx.getMacData();
        if (mac != null) {
            checkCount(mac.getIterationCount());
        }
        ContentInfo authSafe = pfx.getAuthSafe();
        if (!PKCSObjectIdentifiers.data.equals(authSafe.getContentType())) {
            return;
        }
        AuthenticatedSafe safe = AuthenticatedSafe.getInstance(
                ASN1OctetString.getInstance(authSafe.getContent()).getOctets());
        for (ContentInfo part : safe.getContentInfo()) {
            if (PKCSObjectIdentifiers.encryptedData.equals(part.getContentType())) {
                check(EncryptedData.getInstance(part.getContent()).getEncryptionAlgorithm());
            } else if (PKCSObjectIdentifiers.data.equals(part.getContentType())) {
                ASN1Sequence bags = ASN1Sequence.getInstance(
                        ASN1OctetString.getInstance(part.getContent()).getOctets());
                for (ASN1Encodable element : bags) {
                    SafeBag bag = SafeBag.getInstance(element);
                    if (PKCSObjectIdentifiers.pkcs8ShroudedKeyBag.equals(bag.getBagId())) {
                        check(EncryptedPrivateKeyInfo.getInstance(bag.getBagValue())
                                .getEncryptionAlgorithm());
                    }
                }
            }
        }
    }

    /**
     * Checks one password-based encryption: PBES2 with PBKDF2 or scrypt, or the PKCS#12 and PKCS#5 v1 schemes, whose
     * parameters are {@code SEQUENCE { salt OCTET STRING, iterations INTEGER }}.
     */
    static void check(AlgorithmIdentifier encryption) throws ManagementCertificateException {
        ASN1Encodable parameters = encryption.getParameters();
        if (PKCSObjectIdentifiers.id_PBES2.equals(encryption.getAlgorithm())) {
            KeyDerivationFunc kdf = PBES2Parameters.getInstance(parameters).getKeyDerivationFunc();
            if (PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
                checkCount(PBKDF2Params.getInstance(kdf.getParameters()).getIterationCount());
            } else if (MiscObjectIdentifiers.id_scrypt.equals(kdf.getAlgorithm())) {
                checkScrypt(ScryptParams.getInstance(kdf.getParameters()));
            }
        } else if (parameters instanceof ASN1Sequence sequence
                && sequence.size() == 2
                && sequence.getObjectAt(1) instanceof ASN1Integer iterations) {
            checkCount(iterations.getValue());
        }
    }

    private static void checkCount(BigInteger iterations) throws ManagementCertificateException {
        if (iterations.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
            throw new ManagementCertificateException(
                    Reason.UNSUPPORTED, Messages.KeyDerivationLimit_TooManyIterations(iterations, MAX_ITERATIONS));
        }
    }

    private static void checkScrypt(ScryptParams scrypt) throws ManagementCertificateException {
        BigInteger memory =
                BigInteger.valueOf(128).multiply(scrypt.getCostParameter()).multiply(scrypt.getBlockSize());
        BigInteger work = scrypt.getCostParameter().multiply(scrypt.getParallelizationParameter());
        if (memory.compareTo(BigInteger.valueOf(MAX_SCRYPT_BYTES)) > 0
                || work.compareTo(BigInteger.valueOf(MAX_SCRYPT_WORK)) > 0) {
            throw new ManagementCertificateException(
                    Reason.UNSUPPORTED, Messages.KeyDerivationLimit_ScryptTooCostly(MAX_SCRYPT_BYTES / 1024 / 1024));
        }
    }
}
