package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CERTIFICATE;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.PFX_PASSWORD;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.SUBSCRIPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.model.Items;
import io.jenkins.plugins.azuremgmtcert.credentials.source.StoredCertificateSource;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The credential as Jenkins stores it (credentials.xml): every field survives, nothing secret is readable. */
class CredentialXStreamTest {

    @Test
    void roundTripKeepsEveryFieldAndWritesNoSecretInClear() throws Exception {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        credential.setCloud("AZURE_CHINA");
        credential.setCustomServiceManagementUrl("https://asm.example.test");
        credential.setTenantId("contoso.onmicrosoft.com");
        credential.setApplicationId("11111111-2222-3333-4444-555555555555");
        credential.setCustomAuthorityHost("https://login.microsoftonline.com/");
        credential.setCustomResourceManagerUrl("https://management.local.azurestack.external/");

        String xml = Items.XSTREAM2.toXML(credential);

        assertFalse(xml.contains(PFX_PASSWORD), xml);
        assertFalse(xml.contains(credential.getPassword().getPlainText()), xml);
        String keyStoreBase64 = Base64.getEncoder()
                .encodeToString(((StoredCertificateSource) credential.getCertificateSource())
                        .getStoredKeyStore()
                        .getPlainData());
        assertFalse(xml.contains(keyStoreBase64.substring(0, 60)), "PKCS#12 bytes in clear");
        String keyBase64 =
                Base64.getEncoder().encodeToString(CERTIFICATE.privateKey().getEncoded());
        assertFalse(xml.contains(keyBase64.substring(0, 60)), "private key in clear");
        assertFalse(xml.contains("certificate>"), "no transient certificate cache in the XML: " + xml);
        assertTrue(xml.contains(SUBSCRIPTION), "the subscription ID is not a secret");

        AzureManagementCertificateCredentialsImpl read =
                (AzureManagementCertificateCredentialsImpl) Items.XSTREAM2.fromXML(xml);

        assertEquals(credential.getId(), read.getId());
        assertEquals(credential.getDescription(), read.getDescription());
        assertEquals(CredentialsScope.GLOBAL, read.getScope());
        assertEquals(SUBSCRIPTION, read.getSubscriptionId());
        assertEquals("AZURE_CHINA", read.getCloud());
        assertEquals("https://asm.example.test", read.getCustomServiceManagementUrl());
        assertEquals("contoso.onmicrosoft.com", read.getTenantId());
        assertEquals("11111111-2222-3333-4444-555555555555", read.getApplicationId());
        assertEquals("https://login.microsoftonline.com", read.getCustomAuthorityHost());
        assertEquals("https://management.local.azurestack.external", read.getCustomResourceManagerUrl());
        assertTrue(xml.contains("<customAuthorityHost>https://login.microsoftonline.com</customAuthorityHost>"), xml);
        assertTrue(
                xml.contains("<customResourceManagerUrl>https://management.local.azurestack.external"
                        + "</customResourceManagerUrl>"),
                xml);
        assertEquals(PFX_PASSWORD, read.getPassword().getPlainText());
        assertEquals(CERTIFICATE.thumbprintSha1(), read.getThumbprint());
        assertTrue(read.getKeyStore().isKeyEntry(read.getKeyStore().aliases().nextElement()));
    }

    @Test
    void loadedXmlWithInvalidFieldsIsNormalisedSoGettersAndToStringWork() {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        String xml = Items.XSTREAM2
                .toXML(credential)
                .replace("<cloud>AZURE_PUBLIC</cloud>", "")
                .replace(
                        "</subscriptionId>",
                        "</subscriptionId><cloud>AZURE_MARS</cloud>"
                                + "<customServiceManagementUrl>http://plain.example.test</customServiceManagementUrl>"
                                + "<tenantId>not a tenant</tenantId><applicationId>app</applicationId>");

        AzureManagementCertificateCredentialsImpl read =
                (AzureManagementCertificateCredentialsImpl) Items.XSTREAM2.fromXML(xml);

        assertEquals("AZURE_PUBLIC", read.getCloud());
        assertNull(read.getCustomServiceManagementUrl());
        assertNull(read.getTenantId());
        assertNull(read.getApplicationId());
        assertTrue(read.toString().contains("cloud=AZURE_PUBLIC"), read.toString());
        assertEquals(CERTIFICATE.thumbprintSha1(), read.getThumbprint());
    }

    @Test
    void loadedXmlWithHalfOfTheCustomEndpointsFallsBackToTheCloudsOwn() {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        String xml = Items.XSTREAM2
                .toXML(credential)
                .replace(
                        "</subscriptionId>",
                        "</subscriptionId><customAuthorityHost>https://login.example.test</customAuthorityHost>");

        AzureManagementCertificateCredentialsImpl read =
                (AzureManagementCertificateCredentialsImpl) Items.XSTREAM2.fromXML(xml);

        assertNull(read.getCustomAuthorityHost());
        assertNull(read.getCustomResourceManagerUrl());
        assertEquals("AZURE_PUBLIC", read.getCloud());
    }

    @Test
    void loadedXmlIsNormalisedLikeTheForm() {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        String xml = Items.XSTREAM2
                .toXML(credential)
                .replace("<cloud>AZURE_PUBLIC</cloud>", "")
                .replace(
                        "</subscriptionId>",
                        "</subscriptionId><cloud> azure_china </cloud>"
                                + "<tenantId> contoso.onmicrosoft.com </tenantId>");

        AzureManagementCertificateCredentialsImpl read =
                (AzureManagementCertificateCredentialsImpl) Items.XSTREAM2.fromXML(xml);

        assertEquals("AZURE_CHINA", read.getCloud());
        assertEquals("contoso.onmicrosoft.com", read.getTenantId());
    }

    @Test
    void loadedXmlWithoutKeyStoreIsShownAsUnreadable() throws Exception {
        String xml =
                Items.XSTREAM2.toXML(CredentialFixtures.credential()).replaceAll("(?s)<keyStore>.*?</keyStore>", "");

        AzureManagementCertificateCredentialsImpl read =
                (AzureManagementCertificateCredentialsImpl) Items.XSTREAM2.fromXML(xml);

        assertNull(read.getCertificateSummary());
        assertThrows(IllegalStateException.class, read::getThumbprint);
        assertFalse(read.getKeyStore().aliases().hasMoreElements());
        assertTrue(read.toString().contains("keyStore=******"), read.toString());
    }
}
