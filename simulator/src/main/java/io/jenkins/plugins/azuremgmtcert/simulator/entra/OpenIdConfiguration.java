package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The OpenID Connect discovery documents that MSAL-based clients read before they ask for a token:
 *
 * <ul>
 *   <li>{@code GET /{tenant}/v2.0/.well-known/openid-configuration}, Entra ID's per-tenant document (entra-docs,
 *       identity-platform/v2-protocols-oidc.md, "Find your app's OpenID configuration document URI"). MSAL Python
 *       (msal/authority.py) reads it for every authority that is not an AD FS one, and takes its
 *       {@code token_endpoint} as the token URL and the client assertion's {@code aud}. As Entra ID does, the
 *       document names the tenant by its ID even when it was asked for by a domain name, and an unknown tenant gets
 *       AADSTS90002.
 *   <li>{@code GET /adfs/.well-known/openid-configuration}, the AD FS document (learn.microsoft.com,
 *       windows-server/identity/ad-fs/development/ad-fs-openid-connect-oauth-concepts, "AD FS metadata":
 *       {@code https://<adfs>/adfs/.well-known/openid-configuration}). An authority whose path is {@code /adfs}
 *       is the one kind MSAL Python never validates against the public cloud's instance discovery, so clients
 *       given this simulator as a custom authority (Azure CLI 2.45 with a registered cloud) use it. Its token
 *       endpoint is {@code /adfs/oauth2/token/}.
 * </ul>
 */
final class OpenIdConfiguration {

    static final String ADFS_TOKEN_PATH = "/adfs/oauth2/token";
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final Supplier<URI> baseUrl;
    private final EntraDirectory directory;
    private final Clock clock;

    OpenIdConfiguration(Supplier<URI> baseUrl, EntraDirectory directory, Clock clock) {
        this.baseUrl = baseUrl;
        this.directory = directory;
        this.clock = clock;
    }

    void handleTenant(HttpExchange exchange, String tenantSegment) throws IOException {
        Optional<String> tenantId = directory.resolveTenant(tenantSegment);
        if (tenantId.isEmpty()) {
            SimulatorAnswer.entraError(
                    exchange, TokenEndpoint.tenantNotFound(tenantSegment), TIMESTAMP.format(clock.instant()));
            return;
        }
        String tenant = baseUrl.get() + "/" + tenantId.get();
        SimulatorAnswer.json(
                exchange,
                200,
                "{\"token_endpoint\":" + FlatJson.quote(tenant + "/oauth2/v2.0/token")
                        + ",\"token_endpoint_auth_methods_supported\":"
                        + "[\"client_secret_post\",\"private_key_jwt\",\"client_secret_basic\"]"
                        + ",\"jwks_uri\":" + FlatJson.quote(tenant + "/discovery/v2.0/keys")
                        + ",\"response_modes_supported\":[\"query\",\"fragment\",\"form_post\"]"
                        + ",\"subject_types_supported\":[\"pairwise\"]"
                        + ",\"id_token_signing_alg_values_supported\":[\"RS256\"]"
                        + ",\"response_types_supported\":[\"code\",\"id_token\",\"code id_token\",\"id_token token\"]"
                        + ",\"scopes_supported\":[\"openid\",\"profile\",\"email\",\"offline_access\"]"
                        + ",\"issuer\":" + FlatJson.quote(tenant + "/v2.0")
                        + ",\"request_uri_parameter_supported\":false"
                        + ",\"authorization_endpoint\":" + FlatJson.quote(tenant + "/oauth2/v2.0/authorize")
                        + ",\"device_authorization_endpoint\":" + FlatJson.quote(tenant + "/oauth2/v2.0/devicecode")
                        + ",\"http_logout_supported\":true,\"frontchannel_logout_supported\":true"
                        + ",\"end_session_endpoint\":" + FlatJson.quote(tenant + "/oauth2/v2.0/logout")
                        + ",\"tenant_region_scope\":\"NA\",\"cloud_instance_name\":\"microsoftonline.com\"}");
    }

    void handleAdfs(HttpExchange exchange) throws IOException {
        String adfs = baseUrl.get() + "/adfs";
        SimulatorAnswer.json(
                exchange,
                200,
                "{\"issuer\":" + FlatJson.quote(adfs)
                        + ",\"authorization_endpoint\":" + FlatJson.quote(adfs + "/oauth2/authorize/")
                        + ",\"token_endpoint\":" + FlatJson.quote(baseUrl.get() + ADFS_TOKEN_PATH + "/")
                        + ",\"jwks_uri\":" + FlatJson.quote(adfs + "/discovery/keys")
                        + ",\"token_endpoint_auth_methods_supported\":"
                        + "[\"client_secret_post\",\"client_secret_basic\",\"private_key_jwt\"]"
                        + ",\"response_types_supported\":[\"code\",\"id_token\",\"code id_token\",\"id_token token\"]"
                        + ",\"response_modes_supported\":[\"query\",\"fragment\",\"form_post\"]"
                        + ",\"grant_types_supported\":[\"authorization_code\",\"refresh_token\",\"client_credentials\"]"
                        + ",\"subject_types_supported\":[\"pairwise\"]"
                        + ",\"scopes_supported\":[\"openid\",\"profile\",\"email\",\"offline_access\"]"
                        + ",\"id_token_signing_alg_values_supported\":[\"RS256\"]"
                        + ",\"end_session_endpoint\":" + FlatJson.quote(adfs + "/oauth2/logout") + "}");
    }
}
