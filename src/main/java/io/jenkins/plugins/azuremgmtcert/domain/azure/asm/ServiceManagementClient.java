package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.azure.HostedService;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ServerText;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ServiceManagementUrl;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.BoundedBodyHandler;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.DeadlineSender;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.HttpClientFactory;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.TransportFailureClassifier;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.w3c.dom.Element;

/**
 * Tests a management certificate against Azure Service Management (the "classic" API, retired by Azure on 31 August
 * 2024): over mutual TLS, Get Subscription ({@code GET {url}/{subscription}}), then List Cloud Services
 * ({@code GET {url}/{subscription}/services/hostedservices}). Every failure becomes a {@link ConnectionResult} whose
 * message says what to do; nothing is thrown for bad input, hostile answers or network trouble. Stateless and
 * thread-safe; each test uses its own TLS context.
 */
public final class ServiceManagementClient {

    /** The {@code x-ms-version} sent, as the Python and Java SDKs did. */
    public static final String API_VERSION = "2014-10-01";

    /** The most pages of hosted services read; each is a request within the same deadline. */
    static final int MAX_PAGES = 10;

    /** The API name in successful results. */
    public static final String API_NAME = ConnectionResult.SERVICE_MANAGEMENT;

    private final ConnectionSettings settings;

    /** A client with these timeouts, proxy and trust. */
    public ServiceManagementClient(ConnectionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Tests against the Service Management endpoint of a known cloud. */
    public ConnectionResult testConnection(AzureCloud cloud, String subscriptionId, ManagementCertificate certificate) {
        return testConnection(cloud.serviceManagementUrl(), subscriptionId, certificate);
    }

    /**
     * Reads the subscription and lists its hosted services with the certificate.
     *
     * @param serviceManagementUrl the base URL, e.g. {@link AzureCloud#serviceManagementUrl()}
     * @param subscriptionId a GUID; checked before any network I/O
     */
    public ConnectionResult testConnection(
            URI serviceManagementUrl, String subscriptionId, ManagementCertificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        if (!SubscriptionIdFormat.isValid(subscriptionId)) {
            return ConnectionResult.failed(
                    FailureKind.SUBSCRIPTION_ID_MALFORMED, SubscriptionIdFormat.invalidMessage(), null);
        }
        URI base;
        try {
            base = ServiceManagementUrl.of(serviceManagementUrl == null ? null : serviceManagementUrl.toString())
                    .uri();
        } catch (IllegalArgumentException e) {
            return ConnectionResult.failed(FailureKind.BAD_REQUEST, e.getMessage(), null);
        }
        String subscription = subscriptionId.strip().toLowerCase(Locale.ROOT);
        TransportFailureClassifier transport = new TransportFailureClassifier(settings);
        HttpClient client;
        try {
            client = HttpClientFactory.create(settings, certificate);
        } catch (GeneralSecurityException e) {
            return ConnectionResult.failed(
                    FailureKind.TLS_FAILURE,
                    Messages.Client_TlsSetup(e.getClass().getSimpleName()),
                    null);
        }
        ErrorMapper errors = new ErrorMapper(subscription, certificate.thumbprintSha1(), transport);
        ServiceManagementSession session =
                new ServiceManagementSession(new DeadlineSender(client, settings.requestTimeout()), transport, errors);
        try {
            URI subscriptionUri = URI.create(base + "/" + subscription);
            ResponseInterpreter.Answer answer = session.get(subscriptionUri, "Subscription", null);
            String name = requiredText(answer, "SubscriptionName", subscriptionUri, errors);
            String status = requiredText(answer, "SubscriptionStatus", subscriptionUri, errors);
            List<HostedService> services = new ArrayList<>();
            boolean complete =
                    hostedServices(session, URI.create(subscriptionUri + "/services/hostedservices"), services);
            return complete
                    ? ConnectionResult.connected(API_NAME, name, status, services)
                    : ConnectionResult.connectedWithPartialList(
                            API_NAME, name, status, services, BoundedBodyHandler.ONE_MIB / 1024);
        } catch (TestFailure failure) {
            return failure.result();
        }
    }

    /**
     * All pages of List Cloud Services, following {@code x-ms-continuation-token} up to {@link #MAX_PAGES}, into
     * {@code services}. A page larger than the body cap (thousands of hosted services) is not read: the subscription
     * was read already, so the certificate works, and the test still succeeds, saying the list is incomplete.
     *
     * @return whether the whole list was read
     */
    private static boolean hostedServices(ServiceManagementSession session, URI uri, List<HostedService> services)
            throws TestFailure {
        String continuationToken = null;
        int pages = 0;
        do {
            ResponseInterpreter.Answer answer;
            try {
                answer = session.get(uri, "HostedServices", continuationToken);
            } catch (TestFailure failure) {
                if (failure.result().failureKind() == FailureKind.RESPONSE_TOO_LARGE) {
                    return false;
                }
                throw failure;
            }
            for (Element service : ServiceManagementXml.children(answer.root(), "HostedService")) {
                services.add(hostedService(service, uri, answer, session.errors()));
            }
            continuationToken = answer.continuationToken();
            pages++;
        } while (continuationToken != null && pages < MAX_PAGES);
        return true;
    }

    private static HostedService hostedService(
            Element service, URI uri, ResponseInterpreter.Answer answer, ErrorMapper errors) throws TestFailure {
        String name = ServiceManagementXml.childText(service, "ServiceName");
        if (name == null) {
            throw errors.missingElement(uri, "HostedService/ServiceName", answer.requestId());
        }
        Element properties = ServiceManagementXml.child(service, "HostedServiceProperties");
        return new HostedService(
                ServerText.clean(name, 100),
                clean(ServiceManagementXml.childText(properties, "Location")),
                clean(ServiceManagementXml.childText(properties, "Status")));
    }

    private static String requiredText(ResponseInterpreter.Answer answer, String element, URI uri, ErrorMapper errors)
            throws TestFailure {
        String text = ServiceManagementXml.childText(answer.root(), element);
        if (text == null) {
            throw errors.missingElement(uri, element, answer.requestId());
        }
        return ServerText.clean(text, 200);
    }

    private static String clean(String text) {
        return text == null ? null : ServerText.clean(text, 100);
    }
}
