package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.io.CipherOutputStream;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.MacCalculator;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12MacCalculatorBuilder;

/**
 * The password-based encryption and MAC of the PKCS#12 files we write, built on BouncyCastle's lightweight API.
 *
 * <p>Why not BouncyCastle's JCA builders: they refuse an empty password for PBES2 and encode an empty PKCS#12
 * password as zero bytes, while Java's {@code KeyStore} and OpenSSL encode it as one 16-bit NUL. Here the empty
 * password gets that common encoding, so a password-free file opens with {@code ""} in Java and with
 * {@code -passin pass:} in OpenSSL.
 */
final class Pkcs12Protection {

    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pkcs12Protection() {}

    /** PBES2: PBKDF2 with HMAC-SHA256 and AES-256-CBC, the OpenSSL 3 default. */
    static OutputEncryptor pbes2Aes256(char[] password, int iterations) {
        byte[] salt = random(SALT_BYTES);
        byte[] iv = random(16);
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
        generator.init(PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(password), salt, iterations);
        KeyParameter key = (KeyParameter) generator.generateDerivedParameters(256);
        AlgorithmIdentifier prf = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE);
        PBES2Parameters parameters = new PBES2Parameters(
                new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(salt, iterations, 32, prf)),
                new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(iv)));
        return encryptor(
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, parameters),
                new ParametersWithIV(key, iv),
                AESEngine.newInstance(),
                key.getKey());
    }

    /** pbeWithSHAAnd3-KeyTripleDES-CBC, what old Windows tools read. */
    static OutputEncryptor pbeSha1TripleDes(char[] password, int iterations) {
        byte[] salt = random(SALT_BYTES);
        PKCS12ParametersGenerator generator = new PKCS12ParametersGenerator(new SHA1Digest());
        byte[] passwordBytes = pkcs12PasswordBytes(password);
        generator.init(passwordBytes, salt, iterations);
        CipherParameters parameters = generator.generateDerivedParameters(192, 64);
        return encryptor(
                new AlgorithmIdentifier(
                        PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC, new PKCS12PBEParams(salt, iterations)),
                parameters,
                new DESedeEngine(),
                passwordBytes);
    }

    /** The PKCS#12 MAC (PKCS#12 key derivation, then HMAC) with SHA-256 or SHA-1. */
    static PKCS12MacCalculatorBuilder mac(boolean sha256, int iterations) {
        ASN1ObjectIdentifier digestOid = sha256 ? NISTObjectIdentifiers.id_sha256 : OIWObjectIdentifiers.idSHA1;
        return new PKCS12MacCalculatorBuilder() {
            @Override
            public AlgorithmIdentifier getDigestAlgorithmIdentifier() {
                return new AlgorithmIdentifier(digestOid, DERNull.INSTANCE);
            }

            @Override
            public MacCalculator build(char[] password) {
                return macCalculator(digestOid, sha256 ? new SHA256Digest() : new SHA1Digest(), password, iterations);
            }
        };
    }

    private static MacCalculator macCalculator(
            ASN1ObjectIdentifier digestOid, Digest digest, char[] password, int iterations) {
        byte[] salt = random(SALT_BYTES);
        byte[] passwordBytes = pkcs12PasswordBytes(password);
        PKCS12ParametersGenerator generator = new PKCS12ParametersGenerator(digest);
        generator.init(passwordBytes, salt, iterations);
        KeyParameter key = (KeyParameter) generator.generateDerivedMacParameters(digest.getDigestSize() * 8);
        HMac hmac = new HMac(digest);
        hmac.init(key);
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(digestOid, new PKCS12PBEParams(salt, iterations));
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        return new MacCalculator() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return content;
            }

            @Override
            public byte[] getMac() {
                byte[] data = content.toByteArray();
                hmac.update(data, 0, data.length);
                byte[] mac = new byte[hmac.getMacSize()];
                hmac.doFinal(mac, 0);
                return mac;
            }

            @Override
            public GenericKey getKey() {
                return new GenericKey(algorithm, key.getKey());
            }
        };
    }

    private static OutputEncryptor encryptor(
            AlgorithmIdentifier algorithm, CipherParameters parameters, BlockCipher engine, byte[] keyMaterial) {
        return new OutputEncryptor() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream(OutputStream out) {
                BufferedBlockCipher cipher = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(engine));
                cipher.init(true, parameters);
                return new CipherOutputStream(out, cipher);
            }

            @Override
            public GenericKey getKey() {
                return new GenericKey(algorithm, keyMaterial);
            }
        };
    }

    /** BMPString with a trailing NUL; the empty password is the NUL alone, as in Java and OpenSSL. */
    static byte[] pkcs12PasswordBytes(char[] password) {
        if (password.length == 0) {
            return new byte[2];
        }
        return PBEParametersGenerator.PKCS12PasswordToBytes(password);
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
