package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.azure.HostedService;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ServiceManagementUrl;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.BoundedBodyHandler;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.DeadlineSender;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.HttpClientFactory;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.TransportFailureClassifier;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
        DeadlineSender sender = new DeadlineSender(client, settings.requestTimeout());
        try {
            URI subscriptionUri = URI.create(base + "/" + subscription);
            ResponseInterpreter.Answer answer = get(sender, transport, errors, subscriptionUri, "Subscription");
            String name = requiredText(answer, "SubscriptionName", subscriptionUri, errors);
            String status = requiredText(answer, "SubscriptionStatus", subscriptionUri, errors);
            URI servicesUri = URI.create(subscriptionUri + "/services/hostedservices");
            List<HostedService> services =
                    hostedServices(get(sender, transport, errors, servicesUri, "HostedServices"), servicesUri, errors);
            return ConnectionResult.connected(API_NAME, name, status, services);
        } catch (TestFailure failure) {
            return failure.result();
        }
    }

    private ResponseInterpreter.Answer get(
            DeadlineSender sender,
            TransportFailureClassifier transport,
            ErrorMapper errors,
            URI uri,
            String expectedRoot)
            throws TestFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("x-ms-version", API_VERSION);
        HttpResponse<byte[]> response;
        try {
            response = sender.send(request, new BoundedBodyHandler(BoundedBodyHandler.ONE_MIB));
        } catch (IOException e) {
            ConnectionResult failure = transport.classify(e, uri);
            if (failure.failureKind() == FailureKind.NOT_SERVICE_MANAGEMENT) {
                throw errors.notServiceManagement(uri, 401, Messages.Answer_PasswordChallenge(), null);
            }
            throw new TestFailure(failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestFailure(transport.interrupted(uri));
        }
        return new ResponseInterpreter(uri, errors).expect(response, expectedRoot);
    }

    private static List<HostedService> hostedServices(ResponseInterpreter.Answer answer, URI uri, ErrorMapper errors)
            throws TestFailure {
        List<HostedService> services = new ArrayList<>();
        for (Element service : ServiceManagementXml.children(answer.root(), "HostedService")) {
            String name = ServiceManagementXml.childText(service, "ServiceName");
            if (name == null) {
                throw errors.missingElement(uri, "HostedService/ServiceName", answer.requestId());
            }
            Element properties = ServiceManagementXml.child(service, "HostedServiceProperties");
            services.add(new HostedService(
                    Sanitizer.clean(name, 100),
                    clean(ServiceManagementXml.childText(properties, "Location")),
                    clean(ServiceManagementXml.childText(properties, "Status"))));
        }
        return services;
    }

    private static String requiredText(ResponseInterpreter.Answer answer, String element, URI uri, ErrorMapper errors)
            throws TestFailure {
        String text = ServiceManagementXml.childText(answer.root(), element);
        if (text == null) {
            throw errors.missingElement(uri, element, answer.requestId());
        }
        return Sanitizer.clean(text, 200);
    }

    private static String clean(String text) {
        return text == null ? null : Sanitizer.clean(text, 100);
    }
}
