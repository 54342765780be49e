package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A signed {@code private_key_jwt} client assertion for the Entra ID token endpoint (RFC 7523), as Microsoft documents
 * it for certificate credentials: header {@code {"alg":"PS256","typ":"JWT","x5t#S256":…}}, claims {@code aud} (the
 * token URL), {@code iss} = {@code sub} = client ID, a random {@code jti}, {@code nbf} = {@code iat} = now and
 * {@code exp} = now + {@link #LIFETIME}; signed with RSASSA-PSS (SHA-256, MGF1 SHA-256, salt 32). The compact form is
 * a credential: {@link #toString()} never shows it.
 */
public final class ClientAssertion {

    /** How long an assertion is valid; Entra ID accepts at most 10 minutes. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final PSSParameterSpec PS256 =
            new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

    private final String compact;
    private final String jwtId;
    private final Instant expiresAt;

    private ClientAssertion(String compact, String jwtId, Instant expiresAt) {
        this.compact = compact;
        this.jwtId = jwtId;
        this.expiresAt = expiresAt;
    }

    /**
     * Signs an assertion with the management certificate's private key.
     *
     * @param tokenUrl the token endpoint, {@code {authority}/{tenant}/oauth2/v2.0/token}: the audience
     * @param clock the source of "now" (injectable for tests)
     * @throws GeneralSecurityException if the key cannot make an RSASSA-PSS signature
     */
    public static ClientAssertion create(ManagementCertificate certificate, String clientId, URI tokenUrl, Clock clock)
            throws GeneralSecurityException {
        return create(certificate.certificate(), certificate.privateKey(), clientId, tokenUrl, clock);
    }

    static ClientAssertion create(
            X509Certificate certificate, PrivateKey privateKey, String clientId, URI tokenUrl, Clock clock)
            throws GeneralSecurityException {
        Objects.requireNonNull(clientId, "clientId");
        Instant now = clock.instant();
        long issuedAt = now.getEpochSecond();
        Instant expiresAt = Instant.ofEpochSecond(issuedAt).plus(LIFETIME);
        String jwtId = UUID.randomUUID().toString();
        String header = new JsonObjectWriter()
                .string("alg", "PS256")
                .string("typ", "JWT")
                .string("x5t#S256", BASE64URL.encodeToString(sha256(certificate)))
                .toJson();
        String claims = new JsonObjectWriter()
                .string("aud", tokenUrl.toString())
                .string("iss", clientId)
                .string("sub", clientId)
                .string("jti", jwtId)
                .number("nbf", issuedAt)
                .number("iat", issuedAt)
                .number("exp", expiresAt.getEpochSecond())
                .toJson();
        String signingInput = encode(header) + "." + encode(claims);
        Signature signature = Signature.getInstance("RSASSA-PSS");
        signature.setParameter(PS256);
        signature.initSign(privateKey);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        String compact = signingInput + "." + BASE64URL.encodeToString(signature.sign());
        return new ClientAssertion(compact, jwtId, expiresAt);
    }

    /** The compact serialisation ({@code header.claims.signature}) to send as {@code client_assertion}. Secret. */
    public String compact() {
        return compact;
    }

    /** The assertion's unique ID ({@code jti}). */
    public String jwtId() {
        return jwtId;
    }

    /** When the assertion stops being valid ({@code exp}). */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** Identifies the assertion without revealing it. */
    @Override
    public String toString() {
        return "ClientAssertion[jti=" + jwtId + ", exp=" + expiresAt + ", jwt=******]";
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(X509Certificate certificate) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    }
}
