package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.SecretBytes;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PemCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PublishSettingsCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource;
import java.util.function.Supplier;

/**
 * Picks the certificate source Test Connection uses from the form's fields, which a validate button sends by name
 * whatever radio button is selected: new input wins over the saved certificate, in the order upload, PEM, publish
 * settings, then the saved credential's own certificate (looked up only when nothing new was given). Only builds
 * objects; nothing is parsed here.
 */
final class FormCertificateSource {
    private FormCertificateSource() {}

    @CheckForNull
    static CertificateSource choose(
            @CheckForNull String keyStore,
            @CheckForNull String keyStorePassword,
            @CheckForNull String pem,
            @CheckForNull String pemPassword,
            @CheckForNull String publishSettings,
            @NonNull Supplier<CertificateSource> saved) {
        if (!AzureEndpoints.isBlank(keyStore)) {
            return new UploadedCertificateSource(SecretBytes.fromString(keyStore), Secret.fromString(keyStorePassword));
        }
        if (!AzureEndpoints.isBlank(pem)) {
            PemCertificateSource source = new PemCertificateSource(Secret.fromString(pem));
            source.setPemPassword(Secret.fromString(pemPassword));
            return source;
        }
        if (!AzureEndpoints.isBlank(publishSettings)) {
            return new PublishSettingsCertificateSource(SecretBytes.fromString(publishSettings));
        }
        return saved.get();
    }
}
