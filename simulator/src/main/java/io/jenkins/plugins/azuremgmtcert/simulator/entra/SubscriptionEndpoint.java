package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * Resource Manager's {@code GET /subscriptions/{id}?api-version=2022-12-01}: a valid bearer token of an application
 * with a role on the subscription gets the subscription document; otherwise 401 AuthenticationFailed, 403
 * AuthorizationFailed or 404 SubscriptionNotFound, in Resource Manager's error shape.
 */
final class SubscriptionEndpoint {

    static final String API_VERSION = "2022-12-01";

    private final EntraDirectory directory;
    private final IssuedTokens tokens;
    private final Clock clock;

    SubscriptionEndpoint(EntraDirectory directory, IssuedTokens tokens, Clock clock) {
        this.directory = directory;
        this.tokens = tokens;
        this.clock = clock;
    }

    void handle(HttpExchange exchange, String subscriptionId) throws IOException {
        Optional<String> clientId = authenticate(exchange).map(IssuedTokens.Grant::clientId);
        if (clientId.isEmpty()) {
            return;
        }
        Optional<EntraDirectory.Subscription> subscription = directory.subscription(subscriptionId);
        if (subscription.isEmpty()) {
            SimulatorAnswer.armError(
                    exchange,
                    404,
                    "SubscriptionNotFound",
                    "The subscription '" + subscriptionId + "' could not be found.");
            return;
        }
        if (!directory.canRead(subscriptionId, clientId.get())) {
            SimulatorAnswer.armError(
                    exchange,
                    403,
                    "AuthorizationFailed",
                    "The client '" + clientId.get()
                            + "' does not have authorization to perform action 'Microsoft.Resources/subscriptions/read' over "
                            + "scope '/subscriptions/" + subscriptionId
                            + "' or the scope is invalid. If access was recently "
                            + "granted, please refresh your credentials.");
            return;
        }
        SimulatorAnswer.json(exchange, 200, document(subscription.get()));
    }

    /**
     * The grant of the request's bearer token; or, having answered 400 MissingApiVersionParameter or 401
     * AuthenticationFailed, nothing.
     */
    Optional<IssuedTokens.Grant> authenticate(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null || !query.contains("api-version=")) {
            SimulatorAnswer.armError(
                    exchange,
                    400,
                    "MissingApiVersionParameter",
                    "The api-version query parameter (?api-version=) is required for all requests.");
            return Optional.empty();
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            SimulatorAnswer.armError(
                    exchange,
                    401,
                    "AuthenticationFailed",
                    "Authentication failed. The 'Authorization' header is missing.");
            return Optional.empty();
        }
        Optional<IssuedTokens.Grant> grant = authorization.startsWith("Bearer ")
                ? tokens.grantOf(authorization.substring("Bearer ".length()), clock.instant())
                : Optional.empty();
        if (grant.isEmpty()) {
            SimulatorAnswer.armError(
                    exchange,
                    401,
                    "AuthenticationFailed",
                    "Authentication failed. The access token is invalid or has expired.");
        }
        return grant;
    }

    static String document(EntraDirectory.Subscription subscription) {
        return "{\"id\":" + FlatJson.quote("/subscriptions/" + subscription.id())
                + ",\"authorizationSource\":\"RoleBased\",\"managedByTenants\":[]"
                + ",\"subscriptionId\":" + FlatJson.quote(subscription.id())
                + ",\"tenantId\":" + FlatJson.quote(subscription.tenantId())
                + ",\"displayName\":" + FlatJson.quote(subscription.displayName())
                + ",\"state\":" + FlatJson.quote(subscription.state())
                + ",\"subscriptionPolicies\":{\"locationPlacementId\":\"Public_2014-09-01\","
                + "\"quotaId\":\"PayAsYouGo_2014-09-01\",\"spendingLimit\":\"Off\"}}";
    }
}
