package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the assertion with an independent verifier: the JDK's RSASSA-PSS over {@code header.payload} with the
 * certificate's public key, and every header field and claim decoded with {@link Base64#getUrlDecoder()} and read
 * with plain string operations, not with the code that wrote them.
 */
class ClientAssertionTest {

    private static final String CLIENT_ID = "11111111-2222-3333-4444-555555555555";
    private static final URI TOKEN_URL =
            URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
    private static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static TestSigningIdentity identity;

    @BeforeAll
    static void generateCertificate() {
        identity = TestSigningIdentity.generate("assertion test");
    }

    @Test
    void signsHeaderAndClaimsWithRsassaPssSha256() throws Exception {
        String[] parts = create().compact().split("\\.");

        assertEquals(3, parts.length);
        Signature verifier = Signature.getInstance("RSASSA-PSS");
        verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        verifier.initVerify(identity.certificate().getPublicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void signatureDoesNotVerifyWithAnotherSaltLength() throws Exception {
        String[] parts = create().compact().split("\\.");

        Signature verifier = Signature.getInstance("RSASSA-PSS");
        verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 20, 1));
        verifier.initVerify(identity.certificate().getPublicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertFalse(verifier.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void headerNamesPs256JwtAndTheSha256ThumbprintOfTheCertificate() throws Exception {
        String header = decode(create().compact().split("\\.")[0]);
        String thumbprint = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(identity.certificate().getEncoded()));

        assertEquals("{\"alg\":\"PS256\",\"typ\":\"JWT\",\"x5t#S256\":\"" + thumbprint + "\"}", header);
    }

    @Test
    void claimsNameTheTokenUrlTheClientAndAFiveMinuteValidity() throws Exception {
        ClientAssertion assertion = create();
        String claims = decode(assertion.compact().split("\\.")[1]);
        long now = NOW.getEpochSecond();

        assertEquals(
                "{\"aud\":\"" + TOKEN_URL + "\",\"iss\":\"" + CLIENT_ID + "\",\"sub\":\"" + CLIENT_ID
                        + "\",\"jti\":\"" + assertion.jwtId() + "\",\"nbf\":" + now + ",\"iat\":" + now + ",\"exp\":"
                        + (now + 300) + "}",
                claims);
        assertEquals(NOW.plusSeconds(300), assertion.expiresAt());
        assertEquals(assertion.jwtId(), UUID.fromString(assertion.jwtId()).toString());
    }

    @Test
    void everyAssertionHasItsOwnJwtId() throws Exception {
        assertNotEquals(create().jwtId(), create().jwtId());
    }

    @Test
    void usesBase64UrlWithoutPadding() throws Exception {
        String compact = create().compact();

        assertFalse(compact.contains("="), compact.length() + " characters");
        assertFalse(compact.contains("+") || compact.contains("/"));
    }

    @Test
    void escapesQuotesAndControlCharactersInClaims() throws Exception {
        String clientId = "a\"b\\c\u0001";
        String claims =
                decode(ClientAssertion.create(identity.certificate(), identity.privateKey(), clientId, TOKEN_URL, CLOCK)
                        .compact()
                        .split("\\.")[1]);

        assertTrue(claims.contains("\"iss\":\"a\\\"b\\\\c\\u0001\""), claims);
        assertEquals(clientId, JsonReader.readObject(claims).string("sub"));
    }

    @Test
    void toStringNeverShowsTheJwt() throws Exception {
        ClientAssertion assertion = create();
        List<String> parts = List.of(assertion.compact().split("\\."));

        for (String part : parts) {
            assertFalse(assertion.toString().contains(part));
        }
        assertTrue(assertion.toString().contains(assertion.jwtId()));
    }

    @Test
    void refusesAKeyThatCannotMakeAnRsassaPssSignature() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);

        assertThrows(
                GeneralSecurityException.class,
                () -> ClientAssertion.create(
                        identity.certificate(), ec.generateKeyPair().getPrivate(), CLIENT_ID, TOKEN_URL, CLOCK));
    }

    private static ClientAssertion create() throws GeneralSecurityException {
        return ClientAssertion.create(identity.certificate(), identity.privateKey(), CLIENT_ID, TOKEN_URL, CLOCK);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
