package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator's own checks of client assertions and bearer tokens, with hand-made JWTs. */
class EntraSimulatorTest {

    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT = "0c3a6d4e-1f2b-4c5d-8e9f-a0b1c2d3e4f5";
    private static final String SUBSCRIPTION = "2b8f9c1d-3e4a-4b5c-9d6e-7f8a9b0c1d2e";
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private static KeyPair keyPair;
    private static X509Certificate certificate;
    private static EntraSimulator entra;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keyPair = generator.generateKeyPair();
        X500Principal subject = new X500Principal("CN=simulator test");
        Instant now = Instant.now();
        certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                subject,
                                BigInteger.TEN,
                                Date.from(now.minusSeconds(60)),
                                Date.from(now.plusSeconds(3600)),
                                subject,
                                keyPair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
        entra = EntraSimulator.start()
                .addTenant(TENANT, "contoso.example")
                .registerApplication(TENANT, CLIENT)
                .uploadCertificate(TENANT, CLIENT, certificate)
                .addSubscription(SUBSCRIPTION, TENANT, "Sim \"quoted\" subscription", "Warned")
                .grantReader(SUBSCRIPTION, CLIENT);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(entra.trustStore());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        http = HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterAll
    static void stop() {
        entra.close();
    }

    @Test
    void issuesATokenForAPs256AssertionAndServesTheSubscriptionWithIt() throws Exception {
        HttpResponse<String> token = requestToken(ps256(claims(audience(), CLIENT, 0, 300)));

        assertEquals(200, token.statusCode(), token.body());
        assertTrue(token.body().contains("\"expires_in\":3599"), token.body());
        Matcher accessToken = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(token.body());
        assertTrue(accessToken.find());
        HttpResponse<String> subscription = get(accessToken.group(1));
        assertEquals(200, subscription.statusCode());
        assertTrue(subscription.body().contains("\"displayName\":\"Sim \\\"quoted\\\" subscription\""));
        assertTrue(subscription.body().contains("\"state\":\"Warned\""));
        assertTrue(
                subscription.headers().firstValue("x-ms-correlation-request-id").isPresent());
    }

    @Test
    void acceptsTheOlderRs256AssertionWithASha1Thumbprint() throws Exception {
        HttpResponse<String> token = requestToken(rs256(claims(audience(), CLIENT, 0, 300)));

        assertEquals(200, token.statusCode(), token.body());
    }

    @Test
    void refusesAReplayedAssertion() throws Exception {
        String assertion = ps256(claims(audience(), CLIENT, 0, 300));
        assertEquals(200, requestToken(assertion).statusCode());

        assertAadsts(requestToken(assertion), 400, 50027);
    }

    @Test
    void refusesAnAssertionForAnotherAudience() throws Exception {
        assertAadsts(
                requestToken(ps256(claims("https://login.microsoftonline.com/" + TENANT + "/v2.0", CLIENT, 0, 300))),
                400,
                50027);
    }

    @Test
    void refusesAnAssertionValidForMoreThanTenMinutes() throws Exception {
        assertAadsts(requestToken(ps256(claims(audience(), CLIENT, 0, 601))), 401, 700024);
    }

    @Test
    void refusesAnExpiredAssertion() throws Exception {
        assertAadsts(requestToken(ps256(claims(audience(), CLIENT, -900, -300))), 401, 700024);
    }

    @Test
    void refusesATamperedSignature() throws Exception {
        String assertion = ps256(claims(audience(), CLIENT, 0, 300));
        String tampered = assertion.substring(0, assertion.length() - 4) + "AAAA";

        assertAadsts(requestToken(tampered), 401, 700027);
    }

    @Test
    void refusesAnIssuerOtherThanTheClient() throws Exception {
        assertAadsts(requestToken(ps256(claims(audience(), UUID.randomUUID().toString(), 0, 300))), 401, 700021);
    }

    @Test
    void refusesMalformedJwts() throws Exception {
        assertAadsts(requestToken("not-a-jwt"), 400, 50027);
        assertAadsts(requestToken("e30.e30.e30"), 400, 50027);
    }

    @Test
    void answersResourceManagerErrorsForMissingAndUnknownTokens() throws Exception {
        HttpResponse<String> missing = http.send(
                HttpRequest.newBuilder(subscriptionUrl()).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = get("forged");

        assertEquals(401, missing.statusCode());
        assertTrue(missing.body().contains("\"code\":\"AuthenticationFailed\""), missing.body());
        assertEquals(401, unknown.statusCode());
    }

    // What real clients send (docs/simulators.md, "Faithful to real clients"): each is accepted, as by Entra ID.

    @Test
    void ignoresTheOpenIdScopesMsalAddsToTheResourceScope() throws Exception {
        String scope = entra.resourceManagerUrl() + "/.default openid profile offline_access";

        assertEquals(
                200,
                requestToken(ps256(claims(audience(), CLIENT, 0, 300)), scope).statusCode());
    }

    @Test
    void readsADoubleSlashDefaultScopeAsTheResourceWithItsTrailingSlash() throws Exception {
        String scope = entra.resourceManagerUrl() + "//.default";

        assertEquals(
                200,
                requestToken(ps256(claims(audience(), CLIENT, 0, 300)), scope).statusCode());
    }

    @Test
    void acceptsRs256WithASha256ThumbprintAsMsalForJavaSendsIt() throws Exception {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"x5t#S256\":\"" + thumbprint("SHA-256") + "\"}";
        String assertion = sign(header, claims(audience(), CLIENT, 0, 300), Signature.getInstance("SHA256withRSA"));

        assertEquals(200, requestToken(assertion).statusCode());
    }

    @Test
    void acceptsPs256WithASha1Thumbprint() throws Exception {
        String header = "{\"alg\":\"PS256\",\"typ\":\"JWT\",\"x5t\":\"" + thumbprint("SHA-1") + "\"}";

        assertEquals(
                200,
                requestToken(sign(header, claims(audience(), CLIENT, 0, 300), pss()))
                        .statusCode());
    }

    @Test
    void acceptsFractionalTimesWithoutNbfAndAPaddedThumbprintAsMsalPythonSendsThem() throws Exception {
        double now = System.currentTimeMillis() / 1000.0;
        String claims = "{\"aud\":\"" + audience() + "\",\"iss\":\"" + CLIENT + "\",\"sub\":\"" + CLIENT + "\",\"exp\":"
                + (now + 600) + ",\"iat\":" + now + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String padded = Base64.getUrlEncoder().encodeToString(sha1());
        String header = "{\"typ\":\"JWT\",\"alg\":\"RS256\",\"x5t\":\"" + padded + "\",\"x5c\":[\"MIIB\"]}";

        assertEquals(
                200,
                requestToken(sign(header, claims, Signature.getInstance("SHA256withRSA")))
                        .statusCode());
    }

    @Test
    void servesTheTenantsOpenIdConfigurationNamingItsTokenEndpoint() throws Exception {
        HttpResponse<String> byDomain = getPath("/contoso.example/v2.0/.well-known/openid-configuration", null);
        HttpResponse<String> unknown = getPath("/nowhere.example/v2.0/.well-known/openid-configuration", null);

        assertEquals(200, byDomain.statusCode(), byDomain.body());
        assertTrue(byDomain.body().contains("\"token_endpoint\":\"" + audience() + "\""), byDomain.body());
        assertTrue(byDomain.body().contains("\"issuer\":\"" + entra.authorityUrl() + "/" + TENANT + "/v2.0\""));
        assertAadsts(unknown, 400, 90002);
    }

    @Test
    void servesTheAdfsDiscoveryDocumentAndItsTokenEndpoint() throws Exception {
        HttpResponse<String> discovery = getPath("/adfs/.well-known/openid-configuration", null);
        String tokenEndpoint = entra.authorityUrl() + "/adfs/oauth2/token/";

        assertEquals(200, discovery.statusCode(), discovery.body());
        assertTrue(discovery.body().contains("\"token_endpoint\":\"" + tokenEndpoint + "\""), discovery.body());
        HttpResponse<String> token = requestToken(
                URI.create(tokenEndpoint),
                ps256(claims(tokenEndpoint, CLIENT, 0, 300)),
                entra.resourceManagerUrl() + "//.default");
        assertEquals(200, token.statusCode(), token.body());
        assertAadsts(
                requestToken(URI.create(tokenEndpoint), ps256(claims(audience(), CLIENT, 0, 300)), defaultScope()),
                400,
                50027);
    }

    @Test
    void listsTheSubscriptionsAndTheTenantOfTheToken() throws Exception {
        String token = accessToken(requestToken(ps256(claims(audience(), CLIENT, 0, 300))));

        HttpResponse<String> subscriptions = getPath("/subscriptions?api-version=2019-11-01", token);
        HttpResponse<String> tenants = getPath("/tenants?api-version=2022-12-01", token);

        assertEquals(200, subscriptions.statusCode(), subscriptions.body());
        assertTrue(subscriptions.body().startsWith("{\"value\":[{\"id\":\"/subscriptions/" + SUBSCRIPTION + "\""));
        assertTrue(subscriptions.body().contains("\"count\":{\"type\":\"Total\",\"value\":1}"));
        assertEquals(200, tenants.statusCode(), tenants.body());
        assertTrue(tenants.body().contains("\"tenantId\":\"" + TENANT + "\""), tenants.body());
        assertTrue(tenants.body().contains("\"defaultDomain\":\"contoso.example\""), tenants.body());
        assertEquals(
                401, getPath("/subscriptions?api-version=2019-11-01", "forged").statusCode());
    }

    // What Entra ID still refuses, with its codes.

    @Test
    void refusesAScopeOfTwoResourcesOrOfOpenIdScopesAlone() throws Exception {
        assertAadsts(
                requestToken(
                        ps256(claims(audience(), CLIENT, 0, 300)),
                        defaultScope() + " https://graph.microsoft.com/.default"),
                400,
                70011);
        assertAadsts(requestToken(ps256(claims(audience(), CLIENT, 0, 300)), "openid profile"), 400, 70011);
        assertAadsts(
                requestToken(ps256(claims(audience(), CLIENT, 0, 300)), "https://unknown.example//.default"),
                400,
                500011);
    }

    @Test
    void refusesATamperedRs256SignatureNamedBySha256() throws Exception {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"x5t#S256\":\"" + thumbprint("SHA-256") + "\"}";
        String assertion = sign(header, claims(audience(), CLIENT, 0, 300), Signature.getInstance("SHA256withRSA"));

        assertAadsts(requestToken(assertion.substring(0, assertion.length() - 4) + "AAAA"), 401, 700027);
    }

    @Test
    void refusesASubjectOtherThanTheIssuer() throws Exception {
        String claims =
                claims(audience(), CLIENT, 0, 300).replace("\"sub\":\"" + CLIENT, "\"sub\":\"" + UUID.randomUUID());

        assertAadsts(requestToken(ps256(claims)), 401, 700021);
    }

    @Test
    void refusesACertificateNotRegisteredOnTheApplication() throws Exception {
        String unregistered = B64URL.encodeToString(new byte[32]);
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"x5t#S256\":\"" + unregistered + "\"}";
        String assertion = sign(header, claims(audience(), CLIENT, 0, 300), Signature.getInstance("SHA256withRSA"));

        assertAadsts(requestToken(assertion), 401, 700027);
    }

    @Test
    void refusesAFutureNbfAndAFractionalExpiredExp() throws Exception {
        assertAadsts(requestToken(ps256(claims(audience(), CLIENT, 600, 900))), 401, 700024);
        double past = System.currentTimeMillis() / 1000.0 - 900;
        String claims = "{\"aud\":\"" + audience() + "\",\"iss\":\"" + CLIENT + "\",\"sub\":\"" + CLIENT + "\",\"exp\":"
                + (past + 600) + ",\"iat\":" + past + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        assertAadsts(requestToken(ps256(claims)), 401, 700024);
    }

    private static void assertAadsts(HttpResponse<String> response, int status, int code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"error_codes\":[" + code + "]"), response.body());
        assertTrue(response.body().contains("\"correlation_id\":"), response.body());
    }

    private static String audience() {
        return entra.tokenUrl(TENANT).toString();
    }

    private static String claims(String audience, String issuer, long nbfOffset, long expOffset) {
        long now = Instant.now().getEpochSecond();
        return "{\"aud\":\"" + audience + "\",\"iss\":\"" + issuer + "\",\"sub\":\"" + issuer + "\",\"jti\":\""
                + UUID.randomUUID() + "\",\"nbf\":" + (now + nbfOffset) + ",\"iat\":" + (now + nbfOffset)
                + ",\"exp\":" + (now + expOffset) + "}";
    }

    private static String ps256(String claims) throws Exception {
        String header = "{\"alg\":\"PS256\",\"typ\":\"JWT\",\"x5t#S256\":\"" + thumbprint("SHA-256") + "\"}";
        return sign(header, claims, pss());
    }

    private static Signature pss() throws Exception {
        Signature signature = Signature.getInstance("RSASSA-PSS");
        signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        return signature;
    }

    private static byte[] sha1() throws Exception {
        return MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded());
    }

    private static String defaultScope() {
        return entra.resourceManagerUrl() + "/.default";
    }

    private static String accessToken(HttpResponse<String> token) {
        Matcher accessToken = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(token.body());
        assertTrue(accessToken.find(), token.body());
        return accessToken.group(1);
    }

    private static HttpResponse<String> getPath(String pathAndQuery, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(entra.resourceManagerUrl() + pathAndQuery));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String rs256(String claims) throws Exception {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"x5t\":\"" + thumbprint("SHA-1") + "\"}";
        return sign(header, claims, Signature.getInstance("SHA256withRSA"));
    }

    private static String sign(String header, String claims, Signature signature) throws Exception {
        String input = B64URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        signature.initSign(keyPair.getPrivate());
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64URL.encodeToString(signature.sign());
    }

    private static String thumbprint(String algorithm) throws Exception {
        return B64URL.encodeToString(MessageDigest.getInstance(algorithm).digest(certificate.getEncoded()));
    }

    private static HttpResponse<String> requestToken(String assertion) throws Exception {
        return requestToken(assertion, defaultScope());
    }

    private static HttpResponse<String> requestToken(String assertion, String scope) throws Exception {
        return requestToken(entra.tokenUrl(TENANT), assertion, scope);
    }

    private static HttpResponse<String> requestToken(URI tokenUrl, String assertion, String scope) throws Exception {
        String form = "client_id=" + CLIENT + "&grant_type=client_credentials&scope="
                + URLEncoder.encode(scope, StandardCharsets.UTF_8)
                + "&client_assertion_type=" + URLEncoder.encode(TokenEndpoint.JWT_BEARER, StandardCharsets.UTF_8)
                + "&client_assertion=" + assertion;
        return http.send(
                HttpRequest.newBuilder(tokenUrl)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(subscriptionUrl())
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI subscriptionUrl() {
        return URI.create(entra.resourceManagerUrl() + "/subscriptions/" + SUBSCRIPTION + "?api-version=2022-12-01");
    }
}
