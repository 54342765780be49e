package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/** Whether a public key (from a certificate) and a private key form one key pair. */
final class KeyPairMatch {

    private static final byte[] CHALLENGE =
            "azure-management-certificate key pair check".getBytes(StandardCharsets.UTF_8);

    private KeyPairMatch() {}

    static boolean matches(PublicKey publicKey, PrivateKey privateKey) {
        if (publicKey instanceof RSAPublicKey rsaPublic && privateKey instanceof RSAPrivateKey rsaPrivate) {
            boolean sameModulus = rsaPublic.getModulus().equals(rsaPrivate.getModulus());
            if (privateKey instanceof RSAPrivateCrtKey crt) {
                return sameModulus && rsaPublic.getPublicExponent().equals(crt.getPublicExponent());
            }
            return sameModulus;
        }
        if (!publicKey.getAlgorithm().equals(privateKey.getAlgorithm())) {
            return false;
        }
        return signatureVerifies(publicKey, privateKey);
    }

    /** For non-RSA keys (which callers then reject with a clear message): sign a challenge and verify it. */
    private static boolean signatureVerifies(PublicKey publicKey, PrivateKey privateKey) {
        String algorithm = switch (privateKey.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "DSA" -> "SHA256withDSA";
            case "Ed25519", "Ed448", "EdDSA" -> privateKey.getAlgorithm();
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(CHALLENGE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(CHALLENGE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
