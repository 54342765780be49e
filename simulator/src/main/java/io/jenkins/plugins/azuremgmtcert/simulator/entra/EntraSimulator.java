package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.HttpServerNoDelay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback simulator of the Entra ID token endpoint ({@code POST /{tenant}/oauth2/v2.0/token}, client credentials
 * with a certificate), its OpenID discovery documents (per tenant, and AD FS-style under {@code /adfs}), and of
 * Resource Manager's {@code GET /subscriptions/{id}}, {@code GET /subscriptions} and {@code GET /tenants}. It accepts
 * what real clients send as Entra ID does, and refuses what Entra ID refuses ({@code docs/simulators.md}). One HTTPS
 * server on 127.0.0.1 and a free port serves all, with its own certificate; clients trust it through
 * {@link #trustStore()}. Tenants,
 * applications, their certificates, subscriptions and role assignments are set up by the test:
 *
 * <pre>{@code
 * try (EntraSimulator entra = EntraSimulator.start()) {
 *     entra.addTenant(tenantId, "contoso.onmicrosoft.com");
 *     entra.registerApplication(tenantId, clientId);
 *     entra.uploadCertificate(tenantId, clientId, certificate);
 *     entra.addSubscription(subscriptionId, tenantId, "Example Subscription", "Enabled");
 *     entra.grantReader(subscriptionId, clientId);
 *     ... entra.authorityUrl(), entra.resourceManagerUrl(), entra.trustStore()
 * }
 * }</pre>
 */
public final class EntraSimulator implements AutoCloseable {

    /** The clock skew the token endpoint tolerates on {@code nbf}, {@code iat} and {@code exp}. */
    public static final Duration ALLOWED_SKEW = Duration.ofMinutes(2);

    private final LoopbackTls tls;
    private final HttpsServer server;
    private final ExecutorService executor;
    private final EntraDirectory directory = new EntraDirectory();
    private final IssuedTokens tokens = new IssuedTokens();
    private final AtomicInteger requests = new AtomicInteger();
    private final SimulatorFaults faults = new SimulatorFaults();

    private EntraSimulator(LoopbackTls tls, Clock clock) throws IOException {
        this.tls = tls;
        HttpServerNoDelay.enable();
        this.server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        this.server.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "entra-simulator");
            thread.setDaemon(true);
            return thread;
        });
        ClientAssertionVerifier verifier = new ClientAssertionVerifier(directory, ALLOWED_SKEW);
        server.createContext("/", new EntraRouter(this::baseUrl, directory, verifier, tokens, clock, requests, faults));
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a simulator with the system clock and a certificate for {@code localhost} and {@code 127.0.0.1}. */
    public static EntraSimulator start() {
        return start(Clock.systemUTC(), LoopbackTls.forLocalhost());
    }

    /** Starts a simulator whose own notion of "now" is {@code clock}, serving with the given TLS identity. */
    public static EntraSimulator start(Clock clock, LoopbackTls tls) {
        try {
            return new EntraSimulator(tls, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Entra ID simulator", e);
        }
    }

    /** The authority to put in front of {@code /{tenant}/oauth2/v2.0/token}, e.g. {@code https://127.0.0.1:41234}. */
    public URI authorityUrl() {
        return baseUrl();
    }

    /** The Resource Manager base URL (the same server). */
    public URI resourceManagerUrl() {
        return baseUrl();
    }

    /** The token URL of a tenant as the simulator expects it in the assertion's {@code aud}. */
    public URI tokenUrl(String tenant) {
        return URI.create(baseUrl() + "/" + tenant + "/oauth2/v2.0/token");
    }

    /** A trust store holding the simulator's server certificate. */
    public KeyStore trustStore() {
        return tls.trustStore();
    }

    /** Adds a tenant, known by its ID and any domain names (e.g. {@code contoso.onmicrosoft.com}). */
    public EntraSimulator addTenant(String tenantId, String... domainNames) {
        directory.addTenant(tenantId, domainNames);
        return this;
    }

    /** Registers an application (service principal) in a tenant. */
    public EntraSimulator registerApplication(String tenantId, String clientId) {
        directory.addApplication(tenantId, clientId);
        return this;
    }

    /** Uploads a certificate under the application's "Certificates &amp; secrets". */
    public EntraSimulator uploadCertificate(String tenantId, String clientId, X509Certificate certificate) {
        directory.addCertificate(tenantId, clientId, certificate);
        return this;
    }

    /** Adds a subscription with its display name and state ({@code Enabled}, {@code Disabled}, ...). */
    public EntraSimulator addSubscription(String subscriptionId, String tenantId, String displayName, String state) {
        directory.addSubscription(new EntraDirectory.Subscription(subscriptionId, tenantId, displayName, state));
        return this;
    }

    /** Gives the application the Reader role on the subscription. */
    public EntraSimulator grantReader(String subscriptionId, String clientId) {
        directory.grantReader(subscriptionId, clientId);
        return this;
    }

    /**
     * Lets the token endpoint issue tokens for another resource ({@code {resource}/.default}) besides this
     * simulator's own Resource Manager, e.g. a second simulator playing another cloud's Resource Manager.
     */
    public EntraSimulator addResource(URI resource) {
        directory.addResource(resource.toString());
        return this;
    }

    /** Makes every following answer misbehave as described, until {@link SimulatorFaults.Fault#NONE}. */
    public EntraSimulator injectFault(SimulatorFaults.Fault fault) {
        faults.set(fault);
        return this;
    }

    /** How many HTTP requests reached the simulator, to prove that a client did no I/O. */
    public int requestCount() {
        return requests.get();
    }

    /** How many bearer tokens the token endpoint issued. */
    public int issuedTokenCount() {
        return tokens.count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private URI baseUrl() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }
}
