package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

import static io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsFileTest.ID_1;
import static io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsFileTest.PUBLIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The certificate inside a publishsettings file loads through the certificate domain with the empty password. */
class PublishSettingsCertificateTest {

    static final PortalCertificateFixture portal = PortalCertificateFixture.shared();

    @Test
    void loadsThePortalStyleLegacyCertificateWithTheEmptyPassword() throws Exception {
        byte[] xml = portal.schema2(ID_1, "One", PUBLIC).getBytes(StandardCharsets.UTF_8);
        ManagementCertificate certificate =
                PublishSettingsFile.parse(xml).subscription(ID_1).loadCertificate();
        assertEquals(portal.thumbprintSha1(), certificate.thumbprintSha1());
        assertEquals("RSA", certificate.privateKey().getAlgorithm());
    }

    @Test
    void loadsAPasswordFreeLegacyPkcs12ExportedByTheDomain() throws Exception {
        ManagementCertificate generated =
                CertificateGenerator.forName("publishsettings").generate();
        byte[] pkcs12 = CertificateExporter.toPkcs12(generated, null, Pkcs12Encryption.LEGACY);
        String xml = portal.schema1(PUBLIC + "/", ID_1, "One")
                .replace(portal.base64(), Base64.getEncoder().encodeToString(pkcs12));
        PublishSettingsSubscription subscription =
                PublishSettingsFile.parse(xml.getBytes(StandardCharsets.UTF_8)).subscription(ID_1);
        assertEquals(generated.thumbprintSha1(), subscription.loadCertificate().thumbprintSha1());
    }

    @Test
    void reportsACorruptCertificateWithTheSubscriptionAndTheDomainReason() throws Exception {
        byte[] truncated = Arrays.copyOf(portal.pkcs12(), 300);
        String xml = portal.schema2(ID_1, "One", PUBLIC)
                .replace(portal.base64(), Base64.getEncoder().encodeToString(truncated));
        PublishSettingsSubscription subscription = PublishSettingsFile.parse(xml.getBytes(StandardCharsets.UTF_8))
                .subscriptions()
                .get(0);
        PublishSettingsException e = assertThrows(PublishSettingsException.class, subscription::loadCertificate);
        assertEquals(PublishSettingsException.Reason.UNUSABLE_CERTIFICATE, e.reason());
        assertTrue(e.getMessage().contains(ID_1), e.getMessage());
        assertInstanceOf(ManagementCertificateException.class, e.getCause());
    }
}
