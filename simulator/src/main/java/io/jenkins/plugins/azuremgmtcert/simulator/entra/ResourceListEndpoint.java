package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resource Manager's tenant-level lists that clients call right after signing in, in the shape of the Resource
 * Manager REST reference (azure-rest-api-specs, specification/resources/resource-manager/Microsoft.Resources,
 * subscriptions.json: {@code SubscriptionListResult} and {@code TenantListResult}, {@code {"value":[...]}}, plus
 * the {@code count} that the live service adds):
 *
 * <ul>
 *   <li>{@code GET /subscriptions?api-version=...} (Subscriptions - List): the subscriptions the caller has a role
 *       on. {@code az login} calls it with api-version 2019-11-01 to fill its profile;
 *   <li>{@code GET /tenants?api-version=...} (Tenants - List): the tenant the token was issued in.
 * </ul>
 */
final class ResourceListEndpoint {

    private final EntraDirectory directory;
    private final SubscriptionEndpoint authorization;

    ResourceListEndpoint(EntraDirectory directory, SubscriptionEndpoint authorization) {
        this.directory = directory;
        this.authorization = authorization;
    }

    void handleSubscriptions(HttpExchange exchange) throws IOException {
        Optional<IssuedTokens.Grant> grant = authorization.authenticate(exchange);
        if (grant.isPresent()) {
            List<EntraDirectory.Subscription> subscriptions =
                    directory.readableSubscriptions(grant.get().clientId());
            list(
                    exchange,
                    subscriptions.stream().map(SubscriptionEndpoint::document).collect(Collectors.joining(",")),
                    subscriptions.size());
        }
    }

    void handleTenants(HttpExchange exchange) throws IOException {
        Optional<IssuedTokens.Grant> grant = authorization.authenticate(exchange);
        if (grant.isPresent()) {
            String tenantId = grant.get().tenantId();
            List<String> domains = directory.domainNames(tenantId);
            String defaultDomain = domains.isEmpty() ? tenantId + ".onmicrosoft.com" : domains.get(0);
            String tenant = "{\"id\":" + FlatJson.quote("/tenants/" + tenantId)
                    + ",\"tenantId\":" + FlatJson.quote(tenantId)
                    + ",\"countryCode\":\"US\",\"displayName\":" + FlatJson.quote(defaultDomain)
                    + ",\"domains\":["
                    + domains.stream().map(FlatJson::quote).collect(Collectors.joining(","))
                    + "],\"tenantCategory\":\"Home\",\"defaultDomain\":" + FlatJson.quote(defaultDomain)
                    + ",\"tenantType\":\"AAD\"}";
            list(exchange, tenant, 1);
        }
    }

    private static void list(HttpExchange exchange, String elements, int count) throws IOException {
        SimulatorAnswer.json(
                exchange, 200, "{\"value\":[" + elements + "],\"count\":{\"type\":\"Total\",\"value\":" + count + "}}");
    }
}
