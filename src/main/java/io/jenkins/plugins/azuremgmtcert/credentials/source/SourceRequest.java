package io.jenkins.plugins.azuremgmtcert.credentials.source;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * What a {@link CertificateSource} may need from the credential being built.
 *
 * @param certificateName the name a generated certificate gets ({@code CN=Jenkins - {name}}): the description or ID
 * @param subscriptionId the subscription the user entered, or {@code null}; picks one of several in a publish settings
 *     file
 * @param interactive whether a person submitted the form now; only then may a new certificate be generated, so that
 *     re-applying configuration (configuration as code) never replaces a certificate silently
 */
public record SourceRequest(
        @NonNull String certificateName, @CheckForNull String subscriptionId, boolean interactive) {}
