package io.jenkins.plugins.azuremgmtcert.domain.azure;

/** Why a connection test failed: one value per diagnosis the user can act on. */
public enum FailureKind {
    // Service Management
    /** 403 ForbiddenError/AuthenticationFailed: the certificate is not uploaded to the subscription. */
    CERTIFICATE_NOT_ASSOCIATED,
    /** 403 SubscriptionDisabled. */
    SUBSCRIPTION_DISABLED,
    /** The subscription ID is not a GUID; detected before any network I/O. */
    SUBSCRIPTION_ID_MALFORMED,
    /** 404 ResourceNotFound on the subscription. */
    SUBSCRIPTION_NOT_FOUND,
    /** 429/503 TooManyRequests/ServerBusy. */
    THROTTLED,
    /** Any other 5xx. */
    SERVER_ERROR,
    /** 400 MissingOrIncorrectVersionHeader/BadRequest and other 4xx the client cannot explain better. */
    BAD_REQUEST,
    /** Connect or request timeout. */
    TIMEOUT,
    /** The host name does not resolve. */
    DNS_FAILURE,
    /** Nothing listens on the port. */
    CONNECTION_REFUSED,
    /** The server's certificate does not chain to a trusted CA. */
    SERVER_CERTIFICATE_UNTRUSTED,
    /** The server's certificate is not issued for the host name. */
    HOST_NAME_MISMATCH,
    /** Any other TLS failure. */
    TLS_FAILURE,
    /** The proxy refused the tunnel. */
    PROXY_REFUSED,
    /** The proxy answered 407. */
    PROXY_AUTHENTICATION_REQUIRED,
    /** The endpoint did not answer like Service Management (retired 31 August 2024). */
    NOT_SERVICE_MANAGEMENT,
    /** The response body exceeds the client's limit. */
    RESPONSE_TOO_LARGE,
    /** The response is Service Management but cannot be read (bad XML, a DTD, missing elements). */
    MALFORMED_RESPONSE,
    /** Any other I/O failure (connection reset, closed without answer). */
    NETWORK_ERROR,
    // Resource Manager / Entra ID
    /** Entra ID does not know the tenant. */
    TENANT_NOT_FOUND,
    /** Entra ID does not know the application in the tenant. */
    APPLICATION_NOT_FOUND,
    /** The certificate is not registered on the application. */
    CERTIFICATE_NOT_REGISTERED,
    /** Entra ID rejected the signed client assertion. */
    INVALID_CLIENT_ASSERTION,
    /** The service principal has no role on the subscription. */
    NO_ACCESS_TO_SUBSCRIPTION,
    /** Any other authentication failure. */
    AUTHENTICATION_FAILED
}
