package io.jenkins.plugins.azuremgmtcert.credentials.source;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.util.Objects;

/**
 * A management certificate as a {@link CertificateSource} delivered it, with what the input said besides the
 * certificate. {@link #toString()} shows no secret.
 */
public final class SourcedCertificate {
    private final ManagementCertificate certificate;
    private final Secret password;
    private final String subscriptionId;
    private final String serviceManagementUrl;
    private final SecretFileCertificateSource secretFile;

    private SourcedCertificate(
            ManagementCertificate certificate,
            @CheckForNull Secret password,
            @CheckForNull String subscriptionId,
            @CheckForNull String serviceManagementUrl) {
        this(certificate, password, subscriptionId, serviceManagementUrl, null);
    }

    private SourcedCertificate(
            ManagementCertificate certificate,
            @CheckForNull Secret password,
            @CheckForNull String subscriptionId,
            @CheckForNull String serviceManagementUrl,
            @CheckForNull SecretFileCertificateSource secretFile) {
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.password = password;
        this.subscriptionId = subscriptionId;
        this.serviceManagementUrl = serviceManagementUrl;
        this.secretFile = secretFile;
    }

    /** This certificate as read from a Secret file credential, which the credential keeps instead of a copy. */
    @NonNull
    SourcedCertificate fromSecretFile(@NonNull SecretFileCertificateSource source) {
        return new SourcedCertificate(certificate, null, subscriptionId, serviceManagementUrl, source);
    }

    /** A certificate alone; the credential chooses the password of its keystore. */
    public static SourcedCertificate of(@NonNull ManagementCertificate certificate) {
        return new SourcedCertificate(certificate, null, null, null);
    }

    /** A certificate whose keystore keeps the user's password ({@code null} or empty: the credential chooses). */
    public static SourcedCertificate withPassword(
            @NonNull ManagementCertificate certificate, @CheckForNull Secret password) {
        boolean empty = password == null || password.getPlainText().isEmpty();
        return new SourcedCertificate(certificate, empty ? null : password, null, null);
    }

    /** A certificate that came with its subscription and Service Management endpoint (a publish settings file). */
    public static SourcedCertificate forSubscription(
            @NonNull ManagementCertificate certificate,
            @NonNull String subscriptionId,
            @NonNull String serviceManagementUrl) {
        return new SourcedCertificate(certificate, null, subscriptionId, serviceManagementUrl);
    }

    @NonNull
    public ManagementCertificate certificate() {
        return certificate;
    }

    /** The password the stored keystore must keep, or {@code null} to let the credential choose a random one. */
    @CheckForNull
    public Secret password() {
        return password;
    }

    @CheckForNull
    public String subscriptionId() {
        return subscriptionId;
    }

    @CheckForNull
    public String serviceManagementUrl() {
        return serviceManagementUrl;
    }

    /**
     * The Secret file credential the certificate was read from, or {@code null}: the credential then keeps that
     * reference and reads the file where it is used, instead of keeping a copy of the certificate.
     */
    @CheckForNull
    public SecretFileCertificateSource secretFile() {
        return secretFile;
    }

    @Override
    public String toString() {
        return "SourcedCertificate{" + certificate + ", password=" + (password == null ? "none" : "******")
                + ", subscriptionId=" + subscriptionId
                + (secretFile == null ? "" : ", secretFile=" + secretFile.getSecretFileCredentialsId()) + "}";
    }
}
