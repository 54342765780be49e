package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends each request to the token endpoints, the discovery documents or Resource Manager, or misbehaves as the
 * current fault says.
 */
final class EntraRouter implements HttpHandler {

    private static final Pattern TOKEN_PATH = Pattern.compile("/([^/]+)/oauth2/v2\\.0/token");
    private static final Pattern SUBSCRIPTION_PATH = Pattern.compile("/subscriptions/([^/]+)");
    private static final Pattern ADFS_TOKEN_PATH = Pattern.compile(OpenIdConfiguration.ADFS_TOKEN_PATH + "/?");
    private static final Pattern DISCOVERY_PATH = Pattern.compile("/([^/]+)/v2\\.0/\\.well-known/openid-configuration");
    private static final String ADFS_DISCOVERY_PATH = "/adfs/.well-known/openid-configuration";

    private final TokenEndpoint tokenEndpoint;
    private final SubscriptionEndpoint subscriptionEndpoint;
    private final ResourceListEndpoint listEndpoint;
    private final OpenIdConfiguration discovery;
    private final AtomicInteger requests;
    private final SimulatorFaults faults;

    EntraRouter(
            Supplier<URI> baseUrl,
            EntraDirectory directory,
            ClientAssertionVerifier verifier,
            IssuedTokens tokens,
            Clock clock,
            AtomicInteger requests,
            SimulatorFaults faults) {
        this.tokenEndpoint = new TokenEndpoint(baseUrl, directory, verifier, tokens, clock);
        this.subscriptionEndpoint = new SubscriptionEndpoint(directory, tokens, clock);
        this.listEndpoint = new ResourceListEndpoint(directory, subscriptionEndpoint);
        this.discovery = new OpenIdConfiguration(baseUrl, directory, clock);
        this.requests = requests;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            if (misbehave(exchange)) {
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Matcher token = TOKEN_PATH.matcher(path);
            Matcher subscription = SUBSCRIPTION_PATH.matcher(path);
            Matcher discoveryPath = DISCOVERY_PATH.matcher(path);
            boolean get = "GET".equals(method);
            if (token.matches() && "POST".equals(method)) {
                tokenEndpoint.handle(exchange, token.group(1));
            } else if (ADFS_TOKEN_PATH.matcher(path).matches() && "POST".equals(method)) {
                tokenEndpoint.handleAdfs(exchange);
            } else if (subscription.matches() && get) {
                subscriptionEndpoint.handle(exchange, subscription.group(1));
            } else if (path.equals("/subscriptions") && get) {
                listEndpoint.handleSubscriptions(exchange);
            } else if (path.equals("/tenants") && get) {
                listEndpoint.handleTenants(exchange);
            } else if (path.equals(ADFS_DISCOVERY_PATH) && get) {
                discovery.handleAdfs(exchange);
            } else if (discoveryPath.matches() && get) {
                discovery.handleTenant(exchange, discoveryPath.group(1));
            } else {
                SimulatorAnswer.armError(exchange, 404, "NotFound", "No route for " + method + " " + path + ".");
            }
        }
    }

    private boolean misbehave(HttpExchange exchange) throws IOException {
        switch (faults.current()) {
            case OVERSIZED_BODY -> {
                byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 0);
                try (var out = exchange.getResponseBody()) {
                    out.write('{');
                    for (int i = 0; i < 20; i++) {
                        out.write(chunk);
                    }
                    out.write('}');
                } catch (IOException clientGaveUp) {
                    // The client stopped reading at its limit, as it should.
                    return true;
                }
            }
            case HTML_PAGE ->
                SimulatorAnswer.send(
                        exchange,
                        200,
                        "text/html; charset=utf-8",
                        "<!DOCTYPE html><html><body><h1>Sign in to the proxy</h1></body></html>");
            case SERVER_ERROR ->
                SimulatorAnswer.armError(exchange, 500, "InternalServerError", "Encountered internal server error.");
            case THROTTLED -> {
                exchange.getResponseHeaders().set("Retry-After", "7");
                SimulatorAnswer.armError(exchange, 429, "TooManyRequests", "Too many requests.");
            }
            case DROP_CONNECTION -> exchange.close();
            default -> {
                return false;
            }
        }
        return true;
    }
}
