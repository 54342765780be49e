package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.SecretBytes;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSourceException;
import io.jenkins.plugins.azuremgmtcert.credentials.source.GeneratedCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PemCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PublishSettingsCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SecretFileCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.StoredCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource;
import java.util.function.Supplier;

/**
 * Picks the certificate source Test Connection uses from the form's fields. A validate button sends fields by name
 * whatever radio block they are in, so the page also sends the selected block's kind (the source's class name, kept
 * in the hidden {@code certificateSourceKind} field by {@code sourceKind.js}), and exactly that source is tested: the
 * upload, the PEM, the publish settings, the Secret file or the saved credential's certificate. A certificate still to be generated
 * cannot be tested, which the message says. Without a kind (no block chosen) new input wins over the saved
 * certificate, in the order upload, PEM, publish settings, then the saved credential's own certificate. Only builds
 * objects; nothing is parsed here.
 */
final class FormCertificateSource {
    private FormCertificateSource() {}

    /**
     * @throws CertificateSourceException with the message to show when the selected source cannot be tested (a
     *     certificate still to be generated, an unknown kind)
     */
    @CheckForNull
    static CertificateSource choose(
            @CheckForNull String kind,
            @CheckForNull String keyStore,
            @CheckForNull String keyStorePassword,
            @CheckForNull String pem,
            @CheckForNull String pemPassword,
            @CheckForNull String publishSettings,
            @NonNull SecretFileCertificateSource secretFile,
            @NonNull Supplier<CertificateSource> saved)
            throws CertificateSourceException {
        if (AzureEndpoints.isBlank(kind)) {
            return firstGiven(keyStore, keyStorePassword, pem, pemPassword, publishSettings, saved);
        }
        String chosen = kind.trim();
        if (chosen.equals(UploadedCertificateSource.class.getName())) {
            return upload(keyStore, keyStorePassword);
        }
        if (chosen.equals(PemCertificateSource.class.getName())) {
            return pem(pem, pemPassword);
        }
        if (chosen.equals(PublishSettingsCertificateSource.class.getName())) {
            return new PublishSettingsCertificateSource(SecretBytes.fromString(nullToEmpty(publishSettings)));
        }
        if (chosen.equals(SecretFileCertificateSource.class.getName())) {
            return secretFile;
        }
        if (chosen.equals(StoredCertificateSource.class.getName())) {
            return saved.get();
        }
        if (chosen.equals(GeneratedCertificateSource.class.getName())) {
            throw new CertificateSourceException(Messages.FormCertificateSource_GeneratedNotSaved());
        }
        throw new CertificateSourceException(Messages.FormCertificateSource_UnknownKind());
    }

    @CheckForNull
    private static CertificateSource firstGiven(
            @CheckForNull String keyStore,
            @CheckForNull String keyStorePassword,
            @CheckForNull String pem,
            @CheckForNull String pemPassword,
            @CheckForNull String publishSettings,
            @NonNull Supplier<CertificateSource> saved) {
        if (!AzureEndpoints.isBlank(keyStore)) {
            return upload(keyStore, keyStorePassword);
        }
        if (!AzureEndpoints.isBlank(pem)) {
            return pem(pem, pemPassword);
        }
        if (!AzureEndpoints.isBlank(publishSettings)) {
            return new PublishSettingsCertificateSource(SecretBytes.fromString(publishSettings));
        }
        return saved.get();
    }

    private static CertificateSource upload(@CheckForNull String keyStore, @CheckForNull String password) {
        return new UploadedCertificateSource(
                SecretBytes.fromString(nullToEmpty(keyStore)), Secret.fromString(nullToEmpty(password)));
    }

    private static CertificateSource pem(@CheckForNull String pem, @CheckForNull String password) {
        PemCertificateSource source = new PemCertificateSource(Secret.fromString(nullToEmpty(pem)));
        source.setPemPassword(Secret.fromString(nullToEmpty(password)));
        return source;
    }

    private static String nullToEmpty(@CheckForNull String text) {
        return text == null ? "" : text;
    }
}
