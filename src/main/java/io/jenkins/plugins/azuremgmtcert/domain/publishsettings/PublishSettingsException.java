package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * A {@code .publishsettings} file that cannot be used. {@link #getMessage()} is localised, says what is wrong and what
 * to do, and never contains certificate or key material.
 */
public final class PublishSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the file cannot be used. */
    public enum Reason {
        /** Larger than the 1 MiB cap. */
        TOO_LARGE,
        /** Not XML, or not well-formed. */
        NOT_XML,
        /** Has a DOCTYPE (possible XXE / entity expansion attack). */
        DOCTYPE_FORBIDDEN,
        /** An App Service (Web Deploy / FTP) publish profile, which carries no management certificate. */
        APP_SERVICE_PUBLISH_PROFILE,
        /** XML, but its root is not {@code PublishData}. */
        NOT_PUBLISH_SETTINGS,
        /** No {@code PublishProfile} element. */
        NO_PUBLISH_PROFILE,
        /** A profile without any {@code Subscription}. */
        NO_SUBSCRIPTION,
        /** A subscription with neither its own nor its profile's {@code ManagementCertificate}. */
        NO_CERTIFICATE,
        /** A {@code ManagementCertificate} that is not valid base64. */
        BAD_BASE64,
        /** A subscription ID that is missing or not a GUID. */
        INVALID_SUBSCRIPTION_ID,
        /** A service management URL over plain {@code http:}. */
        INSECURE_URL,
        /** A service management URL that is not an absolute https URL of a host. */
        INVALID_URL,
        /** {@link PublishSettingsFile#subscription(String)} found no subscription with that ID. */
        UNKNOWN_SUBSCRIPTION,
        /** The embedded PKCS#12 could not be loaded as a management certificate; the cause says why. */
        UNUSABLE_CERTIFICATE
    }

    private final Reason reason;

    PublishSettingsException(@NonNull Reason reason, @NonNull String message) {
        this(reason, message, null);
    }

    PublishSettingsException(@NonNull Reason reason, @NonNull String message, @CheckForNull Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the file cannot be used. */
    @NonNull
    public Reason reason() {
        return reason;
    }
}
