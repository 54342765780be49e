package io.jenkins.plugins.azuremgmtcert.domain.azure;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.List;
import java.util.Objects;

/** The one result type of Test Connection (ASM and ARM). Immutable; no secrets in it. */
public final class ConnectionResult {

    /** The API name of Service Management results. */
    public static final String SERVICE_MANAGEMENT = "Service Management";

    /** The API name of Resource Manager results. */
    public static final String RESOURCE_MANAGER = "Resource Manager";

    private final boolean success;
    private final FailureKind failureKind;
    private final String message;
    private final String requestId;
    private final String api;
    private final String subscriptionName;
    private final String subscriptionStatus;
    private final List<HostedService> hostedServices;

    private ConnectionResult(
            boolean success,
            FailureKind failureKind,
            String message,
            String requestId,
            String api,
            String subscriptionName,
            String subscriptionStatus,
            List<HostedService> hostedServices) {
        this.success = success;
        this.failureKind = failureKind;
        this.message = message;
        this.requestId = requestId;
        this.api = api;
        this.subscriptionName = subscriptionName;
        this.subscriptionStatus = subscriptionStatus;
        this.hostedServices = hostedServices;
    }

    /**
     * A successful test. For {@link #SERVICE_MANAGEMENT} (or any API with hosted services) the message names the
     * subscription, its status and the number of hosted services; for an API without them and an empty list (such as
     * {@link #RESOURCE_MANAGER}) it names the subscription and its state only.
     *
     * @param api the API that answered, e.g. {@link #SERVICE_MANAGEMENT}
     */
    public static ConnectionResult connected(
            String api, String subscriptionName, String subscriptionStatus, List<HostedService> hostedServices) {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(subscriptionName, "subscriptionName");
        Objects.requireNonNull(subscriptionStatus, "subscriptionStatus");
        List<HostedService> services = List.copyOf(hostedServices);
        if (services.isEmpty() && !SERVICE_MANAGEMENT.equals(api)) {
            return connected(api, subscriptionName, subscriptionStatus);
        }
        String message = Messages.ConnectionResult_ConnectedWithServices(
                subscriptionName, subscriptionStatus, api, services.size());
        return new ConnectionResult(true, null, message, null, api, subscriptionName, subscriptionStatus, services);
    }

    /**
     * A successful test whose list of hosted services was longer than {@code limitKiB} and was not read to the end:
     * the subscription was read with the certificate, so authentication works; {@code hostedServices} holds the pages
     * read before.
     */
    public static ConnectionResult connectedWithPartialList(
            String api,
            String subscriptionName,
            String subscriptionStatus,
            List<HostedService> hostedServices,
            int limitKiB) {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(subscriptionName, "subscriptionName");
        Objects.requireNonNull(subscriptionStatus, "subscriptionStatus");
        String message =
                Messages.ConnectionResult_ConnectedListTooLong(subscriptionName, subscriptionStatus, api, limitKiB);
        return new ConnectionResult(
                true, null, message, null, api, subscriptionName, subscriptionStatus, List.copyOf(hostedServices));
    }

    /**
     * A successful test of an API without hosted services (Resource Manager): the message names the subscription and
     * its state only.
     */
    public static ConnectionResult connected(String api, String subscriptionName, String subscriptionStatus) {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(subscriptionName, "subscriptionName");
        Objects.requireNonNull(subscriptionStatus, "subscriptionStatus");
        String message = Messages.ConnectionResult_Connected(subscriptionName, subscriptionStatus, api);
        return new ConnectionResult(true, null, message, null, api, subscriptionName, subscriptionStatus, List.of());
    }

    /**
     * A failed test.
     *
     * @param message localised; says what to do
     * @param requestId {@code x-ms-request-id}, or the Entra correlation/trace ID, when the server sent one
     */
    public static ConnectionResult failed(FailureKind kind, String message, @CheckForNull String requestId) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        return new ConnectionResult(false, kind, message, requestId, null, null, null, List.of());
    }

    /** Whether the subscription could be read with the certificate. */
    public boolean isSuccess() {
        return success;
    }

    /** Why the test failed; null on success. */
    public @CheckForNull FailureKind failureKind() {
        return failureKind;
    }

    /** On success a one-line summary; on failure the diagnosis and what to do. */
    public String message() {
        return message;
    }

    /** The server's request ID for support cases, when there is one. */
    public @CheckForNull String requestId() {
        return requestId;
    }

    /** The API that answered on success ("Service Management", "Resource Manager"); null on failure. */
    public @CheckForNull String api() {
        return api;
    }

    /** The subscription's display name on success. */
    public @CheckForNull String subscriptionName() {
        return subscriptionName;
    }

    /** The subscription's status on success, e.g. {@code Active} (ASM) or {@code Enabled} (ARM). */
    public @CheckForNull String subscriptionStatus() {
        return subscriptionStatus;
    }

    /** The hosted services listed on success; empty otherwise. */
    public List<HostedService> hostedServices() {
        return List.copyOf(hostedServices);
    }

    @Override
    public String toString() {
        if (success) {
            return "ConnectionResult[success, " + message + "]";
        }
        return "ConnectionResult[" + failureKind + ", " + message
                + (requestId == null ? "" : ", requestId=" + requestId) + "]";
    }
}
