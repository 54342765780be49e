package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** Readable names for the key algorithms a user is likely to upload by mistake. */
final class KeyAlgorithmNames {

    private static final Map<ASN1ObjectIdentifier, String> NAMES = Map.of(
            PKCSObjectIdentifiers.rsaEncryption, "RSA",
            PKCSObjectIdentifiers.id_RSASSA_PSS, "RSASSA-PSS",
            X9ObjectIdentifiers.id_ecPublicKey, "EC",
            X9ObjectIdentifiers.id_dsa, "DSA",
            EdECObjectIdentifiers.id_Ed25519, "Ed25519",
            EdECObjectIdentifiers.id_Ed448, "Ed448");

    private KeyAlgorithmNames() {}

    /** The algorithm's usual name, or its OID if unknown. */
    static String of(AlgorithmIdentifier algorithm) {
        return NAMES.getOrDefault(
                algorithm.getAlgorithm(), algorithm.getAlgorithm().getId());
    }
}
