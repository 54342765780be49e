package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies a {@code private_key_jwt} client assertion the way Entra ID does, with nothing from the plugin: the
 * signature (PS256: RSASSA-PSS, SHA-256, MGF1 SHA-256, salt 32; or RS256) with a certificate registered on the
 * application and named by {@code x5t#S256} (SHA-256) or {@code x5t} (SHA-1), whichever algorithm; {@code iss} =
 * {@code sub} = client ID; {@code aud} = the token URL; {@code exp} in the future, {@code nbf} (when present) and
 * {@code iat} not in the future, within a skew, as integers or fractions of seconds, and a lifetime of at most 10
 * minutes; {@code jti} used once. What real clients send, and where that is documented: {@code docs/simulators.md}.
 */
final class ClientAssertionVerifier {

    private static final Duration MAX_LIFETIME = Duration.ofMinutes(10);
    // nbf and iat are optional: MSAL Python (msal/oauth2cli/assertion.py, JwtSigner.sign_assertion) sends
    // aud, iss, sub, exp, iat, jti and adds nbf only when asked, and Entra ID accepts that.
    private static final List<String> REQUIRED_CLAIMS = List.of("aud", "iss", "sub", "jti", "exp");

    private final EntraDirectory directory;
    private final Duration skew;
    private final Set<String> usedJwtIds = ConcurrentHashMap.newKeySet();

    ClientAssertionVerifier(EntraDirectory directory, Duration skew) {
        this.directory = directory;
        this.skew = skew;
    }

    /**
     * Checks the assertion of {@code clientId} in {@code tenantId} (both known), expected for one of the
     * {@code audiences} (the token URL, with the tenant as the client named it or as its ID).
     */
    void verify(String assertion, String tenantId, String clientId, List<String> audiences, Instant now)
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
        if (!audienceMatches(claims.get("aud"), audiences)) {
            throw EntraRejection.invalidJwt("The audience is not " + audiences.get(0) + ".");
        }
        checkTimes(claims, now);
        if (!(claims.get("jti") instanceof String jti) || jti.isEmpty()) {
            throw EntraRejection.invalidJwt("The assertion has no jti.");
        }
        if (!usedJwtIds.add(jti)) {
            throw EntraRejection.invalidJwt("The assertion's jti has been used before.");
        }
    }

    /** RFC 7519 §4.1.3: {@code aud} is a string or an array of strings; one of them must be this token endpoint. */
    private static boolean audienceMatches(Object aud, List<String> audiences) {
        if (aud instanceof String single) {
            return audiences.contains(single);
        }
        if (aud instanceof List<?> many) {
            return many.stream().anyMatch(audiences::contains);
        }
        return false;
    }

    /*
     * The thumbprint header names the certificate independently of the signature algorithm. The Microsoft identity
     * platform documents PS256 with x5t#S256 (entra-docs, identity-platform/certificate-credentials.md, "Header"),
     * its older version RS256 with x5t; MSAL for Java (msal4j JwtHelper.buildJwt) signs RS256 and names the
     * certificate by x5t#S256 ("SHA-256 is preferred", SHA-1 x5t only where a flow needs it), and MSAL Python
     * (oauth2cli/assertion.py) RS256 with x5t. Entra ID accepts all of them, so the simulator looks the certificate
     * up by x5t#S256 when present, else by x5t, for either algorithm.
     */
    private X509Certificate findCertificate(Map<String, Object> header, String tenantId, String clientId)
            throws EntraRejection {
        Object alg = header.get("alg");
        if (!"PS256".equals(alg) && !"RS256".equals(alg)) {
            throw EntraRejection.invalidJwt("Unsupported alg.");
        }
        String thumbprintHeader;
        String digest;
        if (header.containsKey("x5t#S256")) {
            thumbprintHeader = "x5t#S256";
            digest = "SHA-256";
        } else if (header.containsKey("x5t")) {
            thumbprintHeader = "x5t";
            digest = "SHA-1";
        } else {
            throw EntraRejection.invalidJwt("The header has neither x5t#S256 nor x5t.");
        }
        if (!(header.get(thumbprintHeader) instanceof String thumbprint)) {
            throw EntraRejection.invalidJwt("The header's " + thumbprintHeader + " is not a string.");
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
        Optional<Instant> notBefore = optionalEpochSeconds(claims, "nbf");
        Optional<Instant> issuedAt = optionalEpochSeconds(claims, "iat");
        Instant expiry = optionalEpochSeconds(claims, "exp")
                .orElseThrow(() -> EntraRejection.invalidJwt("The claim exp is missing."));
        Instant start = notBefore.or(() -> issuedAt).orElse(null);
        if (issuedAt.isPresent() && issuedAt.get().isAfter(now.plus(skew))) {
            throw notInRange(now, start, expiry);
        }
        if ((notBefore.isPresent() && notBefore.get().isAfter(now.plus(skew))) || !expiry.isAfter(now.minus(skew))) {
            throw notInRange(now, start, expiry);
        }
        if (start != null && (Duration.between(start, expiry).compareTo(MAX_LIFETIME) > 0 || expiry.isBefore(start))) {
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

    /*
     * RFC 7519 §2 defines NumericDate as seconds since the epoch where "non-integer values can be represented";
     * MSAL Python sends exp and iat as time.time() + 600 and time.time() (fractions), and Entra ID accepts them.
     */
    private static Optional<Instant> optionalEpochSeconds(Map<String, Object> claims, String name)
            throws EntraRejection {
        if (!claims.containsKey(name)) {
            return Optional.empty();
        }
        Object value = claims.get(name);
        if (value instanceof Long seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds));
        }
        if (value instanceof BigDecimal seconds) {
            try {
                BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
                long nanos = seconds.subtract(whole).movePointRight(9).longValue();
                return Optional.of(Instant.ofEpochSecond(whole.longValueExact(), nanos));
            } catch (ArithmeticException | DateTimeException e) {
                throw EntraRejection.invalidJwt("The claim " + name + " is out of range.");
            }
        }
        throw EntraRejection.invalidJwt("The claim " + name + " is not a number.");
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
