package io.jenkins.plugins.azuremgmtcert.credentials.source;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Objects;

/**
 * What a {@link CertificateSource} may need from the credential being built.
 *
 * @param certificateName the name a generated certificate gets ({@code CN=Jenkins - {name}}): the description or ID
 * @param subscriptionId the subscription the user entered, or {@code null}; picks one of several in a publish settings
 *     file
 * @param interactive whether a person submitted the form now; only then may a new certificate be generated, so that
 *     re-applying configuration (configuration as code) never replaces a certificate silently
 * @param current the certificate of the saved credential that the form updates, or {@code null}: what "keep the current
 *     certificate" keeps, taken from the credential itself rather than carried through the form
 * @param secretFiles where a {@link SecretFileCertificateSource} looks up its Secret file: the context of the form,
 *     the build or Jenkins, as whoever it runs as
 */
public record SourceRequest(
        @NonNull String certificateName,
        @CheckForNull String subscriptionId,
        boolean interactive,
        @CheckForNull CertificateSource current,
        @NonNull SecretFiles secretFiles) {

    public SourceRequest {
        Objects.requireNonNull(secretFiles, "secretFiles");
    }

    /** A request that updates no saved credential and can see no Secret file. */
    public SourceRequest(@NonNull String certificateName, @CheckForNull String subscriptionId, boolean interactive) {
        this(certificateName, subscriptionId, interactive, null, SecretFiles.NONE);
    }
}
