package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/** Whether a public key (from a certificate) and a private key form one working key pair. */
final class KeyPairMatch {

    private static final byte[] CHALLENGE =
            "azure-management-certificate key pair check".getBytes(StandardCharsets.UTF_8);

    private KeyPairMatch() {}

    /** Cheap check: the same RSA modulus and exponent; for other algorithms, a signature that verifies. */
    static boolean belongTogether(PublicKey publicKey, PrivateKey privateKey) {
        if (publicKey instanceof RSAPublicKey rsaPublic && privateKey instanceof RSAPrivateKey rsaPrivate) {
            boolean sameModulus = rsaPublic.getModulus().equals(rsaPrivate.getModulus());
            if (privateKey instanceof RSAPrivateCrtKey crt) {
                return sameModulus && rsaPublic.getPublicExponent().equals(crt.getPublicExponent());
            }
            return sameModulus;
        }
        return publicKey.getAlgorithm().equals(privateKey.getAlgorithm()) && signatureVerifies(publicKey, privateKey);
    }

    /**
     * Signs a challenge with the private key and verifies it with the public key: catches a damaged private key
     * whose modulus is intact (e.g. a changed CRT parameter), which would otherwise fail only in the TLS handshake.
     */
    static boolean signatureVerifies(PublicKey publicKey, PrivateKey privateKey) {
        String algorithm = signatureAlgorithm(privateKey.getAlgorithm());
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

    @CheckForNull
    private static String signatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "DSA" -> "SHA256withDSA";
            case "Ed25519", "Ed448", "EdDSA" -> keyAlgorithm;
            default -> null;
        };
    }
}
