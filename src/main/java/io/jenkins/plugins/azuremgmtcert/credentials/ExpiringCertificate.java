package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * A management certificate that expired or expires soon, as the administrative monitor lists it.
 *
 * @param name the credential's display name
 * @param thumbprint the SHA-1 thumbprint
 * @param expiry the last day of validity, {@code yyyy-MM-dd} (UTC)
 * @param expired whether that day has passed
 * @param url a link to the credential relative to Jenkins' root URL (no leading slash), or {@code null} if there is
 *     none
 * @param nextThumbprint the SHA-1 thumbprint of the credential's next certificate (a roll-over in progress), or
 *     {@code null} if it has none
 * @param nextTestedOn the day Test Connection last reached Azure with that next certificate, {@code yyyy-MM-dd}
 *     (UTC), or {@code null} if it never did
 */
public record ExpiringCertificate(
        @NonNull String name,
        @NonNull String thumbprint,
        @NonNull String expiry,
        boolean expired,
        @CheckForNull String url,
        @CheckForNull String nextThumbprint,
        @CheckForNull String nextTestedOn) {

    /** A certificate without a next certificate beside it. */
    public ExpiringCertificate(
            @NonNull String name,
            @NonNull String thumbprint,
            @NonNull String expiry,
            boolean expired,
            @CheckForNull String url) {
        this(name, thumbprint, expiry, expired, url, null, null);
    }
}
