package io.jenkins.plugins.azuremgmtcert.credentials.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.util.Base64;
import java.util.List;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;

/**
 * The sources' fills and checks only list fixed values or parse what the form sent, so they ask for no permission:
 * offline {@link Jenkins#get()} throws, so any permission check would fail these tests. A user adding a credential
 * to their own store or to a folder gets them like an administrator.
 */
class SourceWebMethodsTest {
    private static final ManagementCertificate CERTIFICATE =
            CertificateGenerator.forName("checks").generate();

    @Test
    void offlineThereIsNoJenkinsToAskForAPermission() {
        assertThrows(IllegalStateException.class, Jenkins::get);
    }

    @Test
    void keySizesAreListedToEveryone() {
        List<String> sizes = new GeneratedCertificateSource.DescriptorImpl()
                .doFillKeySizeItems().stream().map(option -> option.value).toList();

        assertEquals(List.of("2048", "3072", "4096"), sizes);
    }

    @Test
    void uploadedFileIsDescribedWithoutAPermission() {
        String pfx = Base64.getEncoder()
                .encodeToString(CertificateExporter.toPkcs12(CERTIFICATE, "pw".toCharArray(), Pkcs12Encryption.MODERN));
        UploadedCertificateSource.DescriptorImpl descriptor = new UploadedCertificateSource.DescriptorImpl();

        FormValidation ok = descriptor.doCheckKeyStore(pfx, "pw");
        FormValidation wrongPassword = descriptor.doCheckKeyStore(pfx, "wrong");

        assertEquals(FormValidation.Kind.OK, ok.kind, ok.renderHtml());
        assertTrue(ok.renderHtml().contains(CERTIFICATE.thumbprintSha1()), ok.renderHtml());
        assertEquals(FormValidation.Kind.ERROR, wrongPassword.kind);
    }

    @Test
    void pemAndPublishSettingsAreCheckedWithoutAPermission() {
        assertEquals(
                FormValidation.Kind.ERROR, new PemCertificateSource.DescriptorImpl().doCheckPem("not PEM", "").kind);
        assertEquals(
                FormValidation.Kind.ERROR,
                new PublishSettingsCertificateSource.DescriptorImpl().doCheckPublishSettings("bm90IHhtbA==").kind);
    }
}
