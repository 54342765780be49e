package io.jenkins.plugins.azuremgmtcert.credentials;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import hudson.model.Items;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsXml;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Certificates and inputs for the credential tests, generated once per JVM (RSA key generation is slow). */
final class CredentialFixtures {
    static final ManagementCertificate CERTIFICATE =
            CertificateGenerator.forName("credential tests").generate();
    static final String SUBSCRIPTION = "0b1f6471-1bf0-4dda-aec3-cb9272f09590";
    static final String OTHER_SUBSCRIPTION = "6a1e4b5c-2d3f-4a5b-9c8d-7e6f5a4b3c2d";
    static final String PFX_PASSWORD = "pfx-Pa55word!";
    static final String CHINA_URL = "https://management.core.chinacloudapi.cn";
    static final String PUBLIC_URL = "https://management.core.windows.net";

    private CredentialFixtures() {}

    /** The certificate as a .pfx, Base64 as the form's hidden field carries it. */
    static String pfxBase64(String password, Pkcs12Encryption encryption) {
        char[] chars = password == null ? null : password.toCharArray();
        return Base64.getEncoder().encodeToString(CertificateExporter.toPkcs12(CERTIFICATE, chars, encryption));
    }

    static UploadedCertificateSource upload(String password) {
        return new UploadedCertificateSource(
                SecretBytes.fromString(pfxBase64(password, Pkcs12Encryption.LEGACY)),
                password == null ? null : Secret.fromString(password));
    }

    /** A saved-like credential: uploaded .pfx with a password. */
    static AzureManagementCertificateCredentialsImpl credential() {
        return new AzureManagementCertificateCredentialsImpl(
                CredentialsScope.GLOBAL, "asm", "Production ASM", SUBSCRIPTION, upload(PFX_PASSWORD));
    }

    /**
     * A saved credential whose keystore no longer opens with its stored password, as after copying credentials.xml
     * between controllers: read back from XML with another encrypted password.
     */
    static AzureManagementCertificateCredentialsImpl unreadableCredential() {
        String xml = Items.XSTREAM2.toXML(credential());
        String tampered = xml.replaceFirst(
                "<password>[^<]*</password>",
                "<password>" + Secret.fromString("not-the-password").getEncryptedValue() + "</password>");
        if (tampered.equals(xml)) {
            throw new IllegalStateException("no <password> element in " + xml);
        }
        return (AzureManagementCertificateCredentialsImpl) Items.XSTREAM2.fromXML(tampered);
    }

    /** A schema 2.0 .publishsettings file as the portal issued it, Base64; {@code idNameUrl} triples. */
    static String publishSettingsBase64(String... idNameUrl) {
        String certificate = Base64.getEncoder()
                .encodeToString(CertificateExporter.toPkcs12(CERTIFICATE, null, Pkcs12Encryption.LEGACY));
        String xml = PublishSettingsXml.schema2(certificate, idNameUrl);
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }
}
