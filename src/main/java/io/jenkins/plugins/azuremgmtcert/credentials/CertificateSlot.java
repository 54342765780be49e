package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.SecretBytes;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSourceException;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SecretFileCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SourcedCertificate;
import io.jenkins.plugins.azuremgmtcert.credentials.source.StoredCertificateSource;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import java.io.Serializable;
import java.time.Instant;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;

/**
 * A certificate a credential holds beside its current one during a roll-over (the next or the previous one), stored
 * as the current one is: an encrypted PKCS#12 keystore with its password, or a reference to a Secret file credential.
 * Immutable; {@link #toString()} shows no secret.
 */
public final class CertificateSlot implements Serializable {
    private static final long serialVersionUID = 1L;

    private final SecretBytes keyStore;
    private final Secret password;
    private final SecretFileCertificateSource secretFile;
    /** When Test Connection last reached Azure with this certificate (epoch milliseconds), or {@code null}. */
    private final Long testedAt;

    private transient volatile ManagementCertificate certificate;

    CertificateSlot(
            @CheckForNull SecretBytes keyStore,
            @CheckForNull Secret password,
            @CheckForNull SecretFileCertificateSource secretFile,
            @CheckForNull Instant testedAt) {
        this.keyStore = keyStore;
        this.password = password;
        this.secretFile = secretFile;
        this.testedAt = testedAt == null ? null : testedAt.toEpochMilli();
    }

    /** The certificate a source delivered: a keystore (the source's password, else a random one), or its reference. */
    @NonNull
    static CertificateSlot of(@NonNull SourcedCertificate sourced) {
        CertificateSlot slot;
        if (sourced.secretFile() != null) {
            slot = new CertificateSlot(null, null, sourced.secretFile(), null);
        } else {
            Secret kept = sourced.password() != null ? sourced.password() : StoredKeyStore.randomPassword();
            slot = new CertificateSlot(
                    SecretBytes.fromRawBytes(StoredKeyStore.export(sourced.certificate(), kept)), kept, null, null);
        }
        slot.certificate = sourced.certificate();
        return slot;
    }

    /** A reference to a Secret file, not read now (configuration as code may define the file itself). */
    @NonNull
    static CertificateSlot reference(@NonNull SecretFileCertificateSource secretFile) {
        return new CertificateSlot(null, null, secretFile, null);
    }

    /** This certificate, recorded as tested successfully at {@code at}. */
    @NonNull
    CertificateSlot testedAt(@NonNull Instant at) {
        CertificateSlot tested = new CertificateSlot(keyStore, password, secretFile, at);
        tested.certificate = certificate;
        return tested;
    }

    /** When Test Connection last reached Azure with this certificate, or {@code null} if it never did. */
    @CheckForNull
    public Instant getTestedAt() {
        return testedAt == null ? null : Instant.ofEpochMilli(testedAt);
    }

    /** {@link #getTestedAt()} for the page: {@code yyyy-MM-dd HH:mm UTC}, or {@code null}. */
    @CheckForNull
    public String getTestedAtText() {
        Instant at = getTestedAt();
        return at == null
                ? null
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(at);
    }

    @CheckForNull
    SecretBytes keyStore() {
        return keyStore;
    }

    @CheckForNull
    Secret password() {
        return password;
    }

    @CheckForNull
    SecretFileCertificateSource secretFile() {
        return secretFile;
    }

    /** As a source: for the form (kept as it is) and configuration as code (exported as it is). */
    @NonNull
    CertificateSource asSource() {
        return secretFile != null ? secretFile : new StoredCertificateSource(keyStore, password);
    }

    /**
     * The certificate with its key; a Secret file is read as Jenkins itself sees it.
     *
     * @param subscriptionId picks the subscription of a {@code .publishsettings} Secret file
     * @throws IllegalStateException with a message to show when it cannot be read
     */
    @NonNull
    ManagementCertificate certificate(@NonNull String credentialId, @CheckForNull String subscriptionId) {
        ManagementCertificate loaded = certificate;
        if (loaded != null) {
            return loaded;
        }
        if (secretFile != null) {
            FileCredentials file = SecretFileLookups.ofJenkins().find(secretFile.getSecretFileCredentialsId());
            if (file == null) {
                throw new IllegalStateException(Messages.AzureManagementCertificateCredentialsImpl_SecretFileNotFound(
                        credentialId, secretFile.getSecretFileCredentialsId()));
            }
            try {
                return secretFile.read(file, subscriptionId).certificate();
            } catch (CertificateSourceException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        if (keyStore == null || password == null) {
            throw new IllegalStateException(
                    Messages.AzureManagementCertificateCredentialsImpl_Unreadable(credentialId));
        }
        try {
            loaded = StoredKeyStore.load(keyStore.getPlainData(), password);
        } catch (ManagementCertificateException e) {
            throw new IllegalStateException(
                    Messages.AzureManagementCertificateCredentialsImpl_Unreadable(credentialId), e);
        }
        certificate = loaded;
        return loaded;
    }

    /** The SHA-1 thumbprint, or {@code "?"} when the certificate cannot be read (for the history only). */
    @NonNull
    String thumbprintOrUnknown(@NonNull String credentialId, @CheckForNull String subscriptionId) {
        try {
            return certificate(credentialId, subscriptionId).thumbprintSha1();
        } catch (IllegalStateException e) {
            return "?";
        }
    }

    @Override
    public String toString() {
        return "CertificateSlot{"
                + (secretFile == null ? "keyStore=******" : "secretFile=" + secretFile.getSecretFileCredentialsId())
                + "}";
    }
}
