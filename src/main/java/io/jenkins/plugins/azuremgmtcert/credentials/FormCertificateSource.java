package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.SecretBytes;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PemCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PublishSettingsCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.StoredCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource;

/**
 * Picks the certificate source Test Connection uses from the form's fields, which a validate button sends by name
 * whatever radio button is selected: new input wins over the stored certificate, in the order upload, PEM, publish
 * settings, stored. Only builds objects; nothing is parsed here.
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
            @CheckForNull String storedKeyStore,
            @CheckForNull String storedPassword) {
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
        if (!AzureEndpoints.isBlank(storedKeyStore)) {
            return new StoredCertificateSource(
                    SecretBytes.fromString(storedKeyStore), Secret.fromString(storedPassword));
        }
        return null;
    }
}
