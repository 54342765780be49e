package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code POST /{tenant}/oauth2/v2.0/token} with {@code grant_type=client_credentials} and a certificate client
 * assertion: checks the tenant (AADSTS90002), the application (AADSTS700016), the scope (AADSTS70011, AADSTS500011)
 * and the assertion ({@link ClientAssertionVerifier}), then issues a random bearer token valid for 3599 seconds.
 * {@code POST /adfs/oauth2/token} does the same for the ADFS-style authority.
 */
final class TokenEndpoint {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final String DEFAULT_SUFFIX = "/.default";
    private static final Set<String> OPENID_SCOPES = Set.of("openid", "profile", "offline_access");
    private static final int MAX_FORM_BYTES = 64 * 1024;
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(3599);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final Supplier<URI> baseUrl;
    private final EntraDirectory directory;
    private final ClientAssertionVerifier verifier;
    private final IssuedTokens tokens;
    private final Clock clock;

    TokenEndpoint(
            Supplier<URI> baseUrl,
            EntraDirectory directory,
            ClientAssertionVerifier verifier,
            IssuedTokens tokens,
            Clock clock) {
        this.baseUrl = baseUrl;
        this.directory = directory;
        this.verifier = verifier;
        this.tokens = tokens;
        this.clock = clock;
    }

    void handle(HttpExchange exchange, String tenantSegment) throws IOException {
        Instant now = clock.instant();
        try {
            Map<String, String> form = readForm(exchange);
            String tenantId = directory.resolveTenant(tenantSegment).orElseThrow(() -> tenantNotFound(tenantSegment));
            String path = "/oauth2/v2.0/token";
            List<String> audiences =
                    List.of(baseUrl.get() + "/" + tenantSegment + path, baseUrl.get() + "/" + tenantId + path);
            issue(exchange, authenticate(form, tenantSegment, tenantId, audiences, now), tenantId, now);
        } catch (EntraRejection rejection) {
            SimulatorAnswer.entraError(exchange, rejection, TIMESTAMP.format(now));
        }
    }

    /**
     * {@code POST /adfs/oauth2/token}, the token endpoint of the ADFS-style authority ({@link OpenIdConfiguration}):
     * an AD FS farm is one directory, so the application's own tenant is the one; the assertion's {@code aud} is the
     * token endpoint its discovery document names.
     */
    void handleAdfs(HttpExchange exchange) throws IOException {
        Instant now = clock.instant();
        try {
            Map<String, String> form = readForm(exchange);
            String clientId = required(form, "client_id");
            String tenantId = directory.tenantOfApplication(clientId).orElseThrow(() -> unknownApplication(clientId));
            List<String> audiences = List.of(
                    baseUrl.get() + OpenIdConfiguration.ADFS_TOKEN_PATH,
                    baseUrl.get() + OpenIdConfiguration.ADFS_TOKEN_PATH + "/");
            issue(exchange, authenticate(form, "adfs", tenantId, audiences, now), tenantId, now);
        } catch (EntraRejection rejection) {
            SimulatorAnswer.entraError(exchange, rejection, TIMESTAMP.format(now));
        }
    }

    private void issue(HttpExchange exchange, String clientId, String tenantId, Instant now) throws IOException {
        String token = tokens.issue(clientId, tenantId, now.plus(TOKEN_LIFETIME));
        SimulatorAnswer.json(
                exchange,
                200,
                "{\"token_type\":\"Bearer\",\"expires_in\":"
                        + TOKEN_LIFETIME.toSeconds() + ",\"ext_expires_in\":" + TOKEN_LIFETIME.toSeconds()
                        + ",\"access_token\":" + FlatJson.quote(token) + "}");
    }

    static EntraRejection tenantNotFound(String tenantSegment) {
        return new EntraRejection(
                400,
                "invalid_request",
                90002,
                "Tenant '" + tenantSegment + "' not found. Check to make sure you have the "
                        + "correct tenant ID and are signing into the correct cloud.");
    }

    private static EntraRejection unknownApplication(String clientId) {
        return new EntraRejection(
                400,
                "unauthorized_client",
                700016,
                "Application with identifier '" + clientId
                        + "' was not found in the directory. This can happen if the application "
                        + "has not been installed by the administrator of the tenant or consented to by any user in the "
                        + "tenant. You may have sent your authentication request to the wrong tenant.");
    }

    private String authenticate(
            Map<String, String> form, String tenantSegment, String tenantId, List<String> audiences, Instant now)
            throws EntraRejection {
        if (!"client_credentials".equals(form.get("grant_type"))) {
            throw new EntraRejection(
                    400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
        }
        String clientId = required(form, "client_id");
        if (!directory.hasApplication(tenantId, clientId)) {
            throw new EntraRejection(
                    400,
                    "unauthorized_client",
                    700016,
                    "Application with identifier '" + clientId
                            + "' was not found in the directory '" + tenantSegment
                            + "'. This can happen if the application "
                            + "has not been installed by the administrator of the tenant or consented to by any user in the "
                            + "tenant. You may have sent your authentication request to the wrong tenant.");
        }
        String resource = resourceOf(required(form, "scope"));
        if (!isOwnResource(resource) && !directory.isExtraResource(resource)) {
            throw new EntraRejection(
                    400,
                    "invalid_resource",
                    500011,
                    "The resource principal named " + resource + " was not found in the tenant named " + tenantSegment
                            + ".");
        }
        if (!JWT_BEARER.equals(required(form, "client_assertion_type"))) {
            throw new EntraRejection(
                    400,
                    "invalid_request",
                    900144,
                    "The request body must contain the following parameter: 'client_assertion_type'.");
        }
        verifier.verify(required(form, "client_assertion"), tenantId, clientId, audiences, now);
        return clientId;
    }

    /*
     * The scope parameter is a space-separated list (RFC 6749 §3.3). MSAL adds the OpenID Connect scopes to every
     * token request (MSAL for Java: AbstractMsalAuthorizationGrant.COMMON_SCOPES_PARAM = "openid profile
     * offline_access", so Azure Identity for Java sends "https://management.azure.com/.default openid profile
     * offline_access"), and Entra ID ignores them in the client credentials grant, which must name one resource's
     * "/.default" (learn.microsoft.com/entra/identity-platform/scopes-oidc, "OpenID Connect scopes" and "Client
     * credentials grant flow and .default"). The resource is everything before "/.default", so "X//.default" asks for
     * the resource "X/" (same page, "Trailing slash and .default"; Azure CLI's resource_to_scopes relies on it).
     */
    static String resourceOf(String scope) throws EntraRejection {
        List<String> resources = new ArrayList<>();
        for (String item : scope.strip().split("\\s+")) {
            if (!OPENID_SCOPES.contains(item)) {
                resources.add(item);
            }
        }
        if (resources.size() != 1 || !resources.get(0).endsWith(DEFAULT_SUFFIX)) {
            throw new EntraRejection(
                    400,
                    "invalid_scope",
                    70011,
                    "The provided request must include a 'scope' "
                            + "input parameter. The provided value for the input parameter 'scope' is not valid.");
        }
        String only = resources.get(0);
        return only.substring(0, only.length() - DEFAULT_SUFFIX.length());
    }

    /**
     * The simulated Resource Manager's identifier URIs: its URL without and with the trailing slash, as the real
     * Resource Manager's service principal answers to both {@code https://management.azure.com} and
     * {@code https://management.azure.com/} (and so to {@code .../.default} and {@code ...//.default}).
     */
    private boolean isOwnResource(String resource) {
        String base = baseUrl.get().toString();
        return resource.equals(base) || resource.equals(base + "/");
    }

    private static String required(Map<String, String> form, String name) throws EntraRejection {
        String value = form.get(name);
        if (value == null || value.isEmpty()) {
            throw new EntraRejection(
                    400,
                    "invalid_request",
                    900144,
                    "The request body must contain the following parameter: '" + name + "'.");
        }
        return value;
    }

    private static Map<String, String> readForm(HttpExchange exchange) throws IOException, EntraRejection {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_FORM_BYTES + 1);
        }
        if (body.length > MAX_FORM_BYTES) {
            throw new EntraRejection(400, "invalid_request", 90020, "The request body is too large.");
        }
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
            if (form.put(name, URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)) != null) {
                throw new EntraRejection(400, "invalid_request", 90015, "The parameter '" + name + "' is duplicated.");
            }
        }
        return form;
    }
}
