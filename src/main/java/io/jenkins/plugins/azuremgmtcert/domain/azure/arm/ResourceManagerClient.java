package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ServerText;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.TransportFailureClassifier;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Thumbprints;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tests a management certificate against Azure Resource Manager, where it acts as the certificate credential of an
 * Entra ID application (service principal): it signs a {@link ClientAssertion}, exchanges it for a token at
 * {@code {authority}/{tenant}/oauth2/v2.0/token} (client credentials) and reads
 * {@code GET {resourceManager}/subscriptions/{id}?api-version=2022-12-01}. Every outcome is a
 * {@link ConnectionResult}; the assertion and the bearer token appear in no message, log or {@code toString()}.
 */
public final class ResourceManagerClient {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Logger LOGGER = Logger.getLogger(ResourceManagerClient.class.getName());
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_STATE_LENGTH = 100;

    private final ConnectionSettings settings;
    private final Clock clock;

    /** A client with the given connection settings and the system clock. */
    public ResourceManagerClient(ConnectionSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** A client whose assertions are dated by {@code clock} (tests of clock skew). */
    public ResourceManagerClient(ConnectionSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Tests the certificate against a named cloud's Entra ID and Resource Manager. */
    public ConnectionResult testConnection(
            AzureCloud cloud,
            String tenant,
            String clientId,
            String subscriptionId,
            ManagementCertificate certificate) {
        return testConnection(ResourceManagerEndpoints.of(cloud), tenant, clientId, subscriptionId, certificate);
    }

    /**
     * Tests the certificate against explicit endpoints.
     *
     * @param tenant the directory (tenant) ID or a domain name of the tenant
     * @param clientId the application (client) ID of the app registration holding the certificate
     */
    public ConnectionResult testConnection(
            ResourceManagerEndpoints endpoints,
            String tenant,
            String clientId,
            String subscriptionId,
            ManagementCertificate certificate) {
        return testConnection(
                endpoints, tenant, clientId, subscriptionId, certificate.certificate(), certificate.privateKey());
    }

    private ConnectionResult testConnection(
            ResourceManagerEndpoints endpoints,
            String tenant,
            String clientId,
            String subscriptionId,
            X509Certificate certificate,
            PrivateKey privateKey) {
        ConnectionResult invalid = validate(tenant, clientId, subscriptionId);
        if (invalid != null) {
            return invalid;
        }
        String normalisedTenant = tenant.toLowerCase(Locale.ROOT);
        URI tokenUrl = endpoints.tokenUrl(normalisedTenant);
        ClientAssertion assertion;
        try {
            assertion = ClientAssertion.create(certificate, privateKey, clientId, tokenUrl, clock);
        } catch (GeneralSecurityException e) {
            LOGGER.log(
                    Level.FINE,
                    "cannot sign a client assertion: {0}",
                    e.getClass().getSimpleName());
            return ConnectionResult.failed(
                    FailureKind.INVALID_CLIENT_ASSERTION, Messages.ResourceManagerClient_CannotSign(), null);
        }
        TransportFailureClassifier failures = new TransportFailureClassifier(settings);
        JsonHttpTransport transport;
        try {
            transport = new JsonHttpTransport(settings);
        } catch (GeneralSecurityException e) {
            return failures.classify(e, tokenUrl);
        }
        EntraErrors.Context context = new EntraErrors.Context(tenant, clientId, Thumbprints.sha1(certificate));
        URI current = tokenUrl;
        try {
            HttpAnswer tokenAnswer = transport.postForm(tokenUrl, tokenForm(endpoints, clientId, assertion));
            if (tokenAnswer.status() == 407) {
                return failures.proxyAuthenticationRequired(tokenUrl);
            }
            TokenOrFailure token = readToken(tokenAnswer, context);
            if (token.failure() != null) {
                return token.failure();
            }
            current = endpoints.subscriptionUrl(subscriptionId);
            HttpAnswer subscription = transport.getWithBearer(current, token.accessToken());
            if (subscription.status() == 407) {
                return failures.proxyAuthenticationRequired(current);
            }
            return readSubscription(subscription, clientId, subscriptionId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failures.interrupted(current);
        } catch (IOException e) {
            String host = current.getHost();
            // The result names only the exception's class; administrators who need the whole story find it here.
            LOGGER.log(Level.FINE, e, () -> "Resource Manager connection test to " + host + " failed");
            return failures.classify(e, current);
        }
    }

    private record TokenOrFailure(
            @CheckForNull String accessToken, @CheckForNull ConnectionResult failure) {
        @Override
        public String toString() {
            return failure != null ? failure.toString() : "TokenOrFailure[token=******]";
        }
    }

    private static Map<String, String> tokenForm(
            ResourceManagerEndpoints endpoints, String clientId, ClientAssertion assertion) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", clientId);
        form.put("scope", endpoints.scope());
        form.put("client_assertion_type", JWT_BEARER);
        form.put("client_assertion", assertion.compact());
        form.put("grant_type", "client_credentials");
        return form;
    }

    private static TokenOrFailure readToken(HttpAnswer answer, EntraErrors.Context context) {
        if (answer.status() != 200) {
            return new TokenOrFailure(null, EntraErrors.interpret(answer, context));
        }
        try {
            JsonObject token = JsonReader.readObject(answer.body());
            String accessToken = token.string("access_token");
            boolean bearer = "bearer".equalsIgnoreCase(token.string("token_type"));
            if (accessToken == null || accessToken.isEmpty() || !bearer) {
                return new TokenOrFailure(null, HttpAnswers.malformed(answer, "Microsoft Entra ID"));
            }
            return new TokenOrFailure(accessToken, null);
        } catch (MalformedJsonException e) {
            return new TokenOrFailure(null, HttpAnswers.malformed(answer, "Microsoft Entra ID"));
        }
    }

    private static ConnectionResult readSubscription(HttpAnswer answer, String clientId, String subscriptionId) {
        if (answer.status() != 200) {
            return ArmErrors.interpret(answer, clientId, subscriptionId);
        }
        try {
            JsonObject subscription = JsonReader.readObject(answer.body());
            String displayName = subscription.string("displayName");
            String state = subscription.string("state");
            if (displayName == null || state == null) {
                return HttpAnswers.malformed(answer, Messages.ResourceManagerClient_Api());
            }
            // Free text from the server: one bounded line, as the Service Management client shows its answers.
            return ConnectionResult.connected(
                    ConnectionResult.RESOURCE_MANAGER,
                    ServerText.clean(displayName, MAX_NAME_LENGTH),
                    ServerText.clean(state, MAX_STATE_LENGTH));
        } catch (MalformedJsonException e) {
            return HttpAnswers.malformed(answer, Messages.ResourceManagerClient_Api());
        }
    }

    @CheckForNull
    private static ConnectionResult validate(String tenant, String clientId, String subscriptionId) {
        if (!ResourceManagerIdentifiers.isTenant(tenant)) {
            return ConnectionResult.failed(
                    FailureKind.TENANT_NOT_FOUND, Messages.ResourceManagerClient_TenantMalformed(), null);
        }
        if (!ResourceManagerIdentifiers.isGuid(clientId)) {
            return ConnectionResult.failed(
                    FailureKind.APPLICATION_NOT_FOUND, Messages.ResourceManagerClient_ClientIdMalformed(), null);
        }
        if (!ResourceManagerIdentifiers.isGuid(subscriptionId)) {
            return ConnectionResult.failed(
                    FailureKind.SUBSCRIPTION_ID_MALFORMED,
                    Messages.ResourceManagerClient_SubscriptionIdMalformed(),
                    null);
        }
        return null;
    }

    @Override
    public String toString() {
        return "ResourceManagerClient[" + settings + "]";
    }
}
