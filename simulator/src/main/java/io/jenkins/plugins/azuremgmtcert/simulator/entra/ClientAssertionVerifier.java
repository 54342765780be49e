package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies a {@code private_key_jwt} client assertion the way Entra ID does, with nothing from the plugin: PS256
 * (RSASSA-PSS, SHA-256, MGF1 SHA-256, salt 32) found by {@code x5t#S256}, or the older RS256 found by {@code x5t}
 * (SHA-1); {@code iss} = {@code sub} = client ID; {@code aud} = the token URL; {@code nbf}, {@code iat}, {@code exp}
 * within a skew and a lifetime of at most 10 minutes; {@code jti} used once.
 */
final class ClientAssertionVerifier {

    private static final Duration MAX_LIFETIME = Duration.ofMinutes(10);
    private static final List<String> REQUIRED_CLAIMS = List.of("aud", "iss", "sub", "jti", "nbf", "exp");

    private final EntraDirectory directory;
    private final Duration skew;
    private final Set<String> usedJwtIds = ConcurrentHashMap.newKeySet();

    ClientAssertionVerifier(EntraDirectory directory, Duration skew) {
        this.directory = directory;
        this.skew = skew;
    }

    /** Checks the assertion of {@code clientId} in {@code tenantId} (both known), expected for {@code audience}. */
    void verify(String assertion, String tenantId, String clientId, String audience, Instant now)
            throws EntraRejection {
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 3) {
            throw EntraRejection.invalidJwt("The assertion does not have three parts.");
        }
        Map<String, Object> header = decodeJson(parts[0]);
        Map<String, Object> claims = decodeJson(parts[1]);
        byte[] signature = decode(parts[2]);
        for (String claim : REQUIRED_CLAIMS) {
            if (!claims.containsKey(claim)) {
                throw EntraRejection.invalidJwt("The claim " + claim + " is missing.");
            }
        }

        if (!clientId.equals(claims.get("iss")) || !clientId.equals(claims.get("sub"))) {
            throw EntraRejection.invalidClient(
                    700021, "Client assertion application identifier doesn't match 'client_id' parameter.");
        }
        X509Certificate certificate = findCertificate(header, tenantId, clientId);
        byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        if (!signatureValid(String.valueOf(header.get("alg")), certificate, signed, signature)) {
            throw EntraRejection.invalidClient(700027, "Client assertion failed signature validation.");
        }
        if (!audience.equals(claims.get("aud"))) {
            throw EntraRejection.invalidJwt("The audience is not " + audience + ".");
        }
        checkTimes(claims, now);
        if (!(claims.get("jti") instanceof String jti) || jti.isEmpty()) {
            throw EntraRejection.invalidJwt("The assertion has no jti.");
        }
        if (!usedJwtIds.add(jti)) {
            throw EntraRejection.invalidJwt("The assertion's jti has been used before.");
        }
    }

    private X509Certificate findCertificate(Map<String, Object> header, String tenantId, String clientId)
            throws EntraRejection {
        Object alg = header.get("alg");
        String thumbprintHeader;
        String digest;
        if ("PS256".equals(alg)) {
            thumbprintHeader = "x5t#S256";
            digest = "SHA-256";
        } else if ("RS256".equals(alg)) {
            thumbprintHeader = "x5t";
            digest = "SHA-1";
        } else {
            throw EntraRejection.invalidJwt("Unsupported alg.");
        }
        if (!(header.get(thumbprintHeader) instanceof String thumbprint)) {
            throw EntraRejection.invalidJwt("The header has no " + thumbprintHeader + ".");
        }
        byte[] thumbprintBytes = decodeThumbprint(thumbprint);
        return directory
                .findCertificate(tenantId, clientId, digest, thumbprintBytes)
                .orElseThrow(() -> EntraRejection.invalidClient(
                        700027,
                        "The certificate with identifier used to sign the client assertion is not registered on "
                                + "application. [Reason - The key was not found., Thumbprint of key used by client: '"
                                + HexFormat.of().withUpperCase().formatHex(thumbprintBytes) + "']"));
    }

    private static boolean signatureValid(String alg, X509Certificate certificate, byte[] signed, byte[] signature)
            throws EntraRejection {
        try {
            Signature verifier;
            if ("PS256".equals(alg)) {
                verifier = Signature.getInstance("RSASSA-PSS");
                verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            } else {
                verifier = Signature.getInstance("SHA256withRSA");
            }
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(signed);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private void checkTimes(Map<String, Object> claims, Instant now) throws EntraRejection {
        Instant notBefore = epochSeconds(claims, "nbf");
        Instant expiry = epochSeconds(claims, "exp");
        if (claims.containsKey("iat") && epochSeconds(claims, "iat").isAfter(now.plus(skew))) {
            throw notInRange(now, notBefore, expiry);
        }
        if (notBefore.isAfter(now.plus(skew)) || !expiry.isAfter(now.minus(skew))) {
            throw notInRange(now, notBefore, expiry);
        }
        if (Duration.between(notBefore, expiry).compareTo(MAX_LIFETIME) > 0 || expiry.isBefore(notBefore)) {
            throw EntraRejection.invalidClient(
                    700024, "Client assertion is not within its valid time range. The lifetime exceeds 10 minutes.");
        }
    }

    private static EntraRejection notInRange(Instant now, Instant notBefore, Instant expiry) {
        return EntraRejection.invalidClient(
                700024,
                "Client assertion is not within its valid time range. Current "
                        + "time: " + now + ", assertion valid from " + notBefore + ", expiry time of assertion "
                        + expiry
                        + ".");
    }

    private static Instant epochSeconds(Map<String, Object> claims, String name) throws EntraRejection {
        if (claims.get(name) instanceof Long seconds) {
            return Instant.ofEpochSecond(seconds);
        }
        throw EntraRejection.invalidJwt("The claim " + name + " is missing or not a number.");
    }

    private static Map<String, Object> decodeJson(String part) throws EntraRejection {
        try {
            return FlatJson.parseFlatObject(new String(decode(part), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw EntraRejection.invalidJwt("A part is not a JSON object.");
        }
    }

    /** Thumbprints were shown padded and in standard base64 in older documentation; accept both alphabets. */
    private static byte[] decodeThumbprint(String thumbprint) throws EntraRejection {
        String urlSafe = thumbprint.replace('+', '-').replace('/', '_').replaceAll("=+$", "");
        return decode(urlSafe);
    }

    private static byte[] decode(String part) throws EntraRejection {
        if (part.indexOf('=') >= 0) {
            throw EntraRejection.invalidJwt("Base64url must not be padded.");
        }
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw EntraRejection.invalidJwt("A part is not base64url.");
        }
    }
}
