package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CERTIFICATE;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CHINA_URL;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.OTHER_SUBSCRIPTION;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.PFX_PASSWORD;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.PUBLIC_URL;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.SUBSCRIPTION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.source.GeneratedCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PublishSettingsCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.StoredCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import jakarta.annotation.PostConstruct;
import java.lang.reflect.Method;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AzureManagementCertificateCredentialsImplTest {

    @Test
    void keyStoreOpensWithTheUploadedPasswordAndHoldsKeyAndCertificate() throws Exception {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();

        assertEquals(PFX_PASSWORD, credential.getPassword().getPlainText());
        KeyStore keyStore = credential.getKeyStore();
        List<String> aliases = Collections.list(keyStore.aliases());
        assertEquals(1, aliases.size());
        String alias = aliases.get(0);
        assertTrue(keyStore.isKeyEntry(alias));
        Key key = keyStore.getKey(alias, credential.getPassword().getPlainText().toCharArray());
        assertArrayEquals(CERTIFICATE.privateKey().getEncoded(), key.getEncoded());
        assertEquals(CERTIFICATE.certificate(), (X509Certificate) keyStore.getCertificateChain(alias)[0]);
    }

    @Test
    void passwordFreeUploadIsStoredUnderARandomPassword() throws Exception {
        AzureManagementCertificateCredentialsImpl credential = new AzureManagementCertificateCredentialsImpl(
                CredentialsScope.GLOBAL, "free", "", SUBSCRIPTION, CredentialFixtures.upload(null));

        String password = credential.getPassword().getPlainText();
        assertTrue(password.length() >= 32, "random password of 192 bits");
        KeyStore keyStore = credential.getKeyStore();
        String alias = keyStore.aliases().nextElement();
        assertTrue(keyStore.isKeyEntry(alias));
        assertEquals(CERTIFICATE.thumbprintSha1(), credential.getThumbprint());
    }

    @Test
    void storedKeyStoreIsReKeyedWithModernEncryption() throws Exception {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        byte[] stored = ((StoredCertificateSource) credential.getCertificateSource())
                .getStoredKeyStore()
                .getPlainData();

        byte[] uploaded =
                Base64.getDecoder().decode(CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.LEGACY));
        assertFalse(Arrays.equals(uploaded, stored), "the legacy upload is not stored as is");
        assertEquals(
                CERTIFICATE.thumbprintSha1(),
                CertificateLoader.fromPkcs12(stored, PFX_PASSWORD.toCharArray(), null)
                        .thumbprintSha1());
    }

    @Test
    void wrongPasswordFailsWithTheDomainMessageAndNoCredential() {
        UploadedCertificateSource wrong = new UploadedCertificateSource(
                SecretBytes.fromString(CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN)),
                Secret.fromString("not-the-password"));
        ManagementCertificateException expected = assertThrows(
                ManagementCertificateException.class,
                () -> CertificateLoader.load(
                        Base64.getDecoder().decode(CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN)),
                        "not-the-password".toCharArray()));

        CredentialFormFailure e = assertThrows(
                CredentialFormFailure.class,
                () -> new AzureManagementCertificateCredentialsImpl(
                        CredentialsScope.GLOBAL, "x", "", SUBSCRIPTION, wrong));
        assertEquals(expected.getMessage(), e.getMessage());
        assertFalse(e.getMessage().contains("not-the-password"));
        // The dialog shows this failure's message: it must be the localised one, with no parser's text behind it.
        assertNull(e.getCause(), "the localised message must be the root cause");
        assertEquals("certificateSource", e.getField());
        assertEquals("certificateSource", e.toFormException().getFormField());
    }

    @Test
    void rejectsAnUnknownCloudWithItsOwnMessageAsRootCause() {
        AzureManagementCertificateCredentialsImpl credential = new AzureManagementCertificateCredentialsImpl(
                CredentialsScope.GLOBAL, "x", "", SUBSCRIPTION, CredentialFixtures.upload(PFX_PASSWORD));
        CredentialFormFailure e = assertThrows(CredentialFormFailure.class, () -> credential.setCloud("MARS"));
        assertEquals(Messages.AzureEndpoints_UnknownCloud("MARS"), e.getMessage());
        assertNull(e.getCause());
        assertEquals("cloud", e.getField());
    }

    @Test
    void corruptUploadIsRejected() {
        UploadedCertificateSource corrupt = new UploadedCertificateSource(
                SecretBytes.fromRawBytes(new byte[] {0x30, (byte) 0x82, 0x01, 0x00, 0x02, 0x01}), null);

        CredentialFormFailure e = assertThrows(
                CredentialFormFailure.class,
                () -> new AzureManagementCertificateCredentialsImpl(
                        CredentialsScope.GLOBAL, "x", "", SUBSCRIPTION, corrupt));
        assertFalse(e.getMessage().isBlank());
        assertNull(e.getCause(), "no parser or BouncyCastle text may become the message the user sees");
    }

    @Test
    void rejectsASubscriptionIdThatIsNotAGuid() {
        CredentialFormFailure e = assertThrows(
                CredentialFormFailure.class,
                () -> new AzureManagementCertificateCredentialsImpl(
                        CredentialsScope.GLOBAL, "x", "", "my-subscription", CredentialFixtures.upload(PFX_PASSWORD)));
        assertEquals(Messages.AzureEndpoints_SubscriptionId(), e.getMessage());
    }

    @Test
    void rejectsAMissingCertificateSource() {
        CredentialFormFailure e = assertThrows(
                CredentialFormFailure.class,
                () -> new AzureManagementCertificateCredentialsImpl(
                        CredentialsScope.GLOBAL, "x", "", SUBSCRIPTION, null));
        assertEquals(Messages.AzureManagementCertificateCredentialsImpl_NoSource(), e.getMessage());
    }

    @Test
    void refusesToGenerateOutsideAFormSubmission() {
        CredentialFormFailure e = assertThrows(
                CredentialFormFailure.class,
                () -> new AzureManagementCertificateCredentialsImpl(
                        CredentialsScope.GLOBAL, "x", "", SUBSCRIPTION, new GeneratedCertificateSource()));
        assertTrue(e.getMessage().contains("certificateSource: stored"), e.getMessage());
    }

    @Test
    void savingAgainWithTheCurrentCertificateKeepsCertificateAndPassword() {
        AzureManagementCertificateCredentialsImpl first = CredentialFixtures.credential();

        AzureManagementCertificateCredentialsImpl again = new AzureManagementCertificateCredentialsImpl(
                CredentialsScope.GLOBAL, first.getId(), "renamed", SUBSCRIPTION, first.getCertificateSource());

        assertEquals(first.getThumbprint(), again.getThumbprint());
        assertEquals(first.getPassword().getPlainText(), again.getPassword().getPlainText());
        assertEquals("renamed", again.getDescription());
    }

    @Test
    void publishSettingsProvidesSubscriptionAndEndpoint() {
        PublishSettingsCertificateSource source = new PublishSettingsCertificateSource(
                SecretBytes.fromString(CredentialFixtures.publishSettingsBase64(SUBSCRIPTION, "China", CHINA_URL)));

        AzureManagementCertificateCredentialsImpl credential =
                new AzureManagementCertificateCredentialsImpl(CredentialsScope.GLOBAL, "ps", "", "", source);
        credential.setCustomServiceManagementUrl("");

        assertEquals(SUBSCRIPTION, credential.getSubscriptionId());
        assertEquals(CHINA_URL, credential.getServiceManagementUrl());
        assertEquals(CERTIFICATE.thumbprintSha1(), credential.getThumbprint());
    }

    @Test
    void publishSettingsOfASovereignCloudChoosesThatCloudWhateverTheFormsDefault() {
        PublishSettingsCertificateSource source = new PublishSettingsCertificateSource(
                SecretBytes.fromString(CredentialFixtures.publishSettingsBase64(SUBSCRIPTION, "China", CHINA_URL)));

        AzureManagementCertificateCredentialsImpl credential =
                new AzureManagementCertificateCredentialsImpl(CredentialsScope.GLOBAL, "ps", "", "", source);
        // what the form submits after the constructor: its cloud select, left on the public cloud
        credential.setCloud("AZURE_PUBLIC");
        credential.setCustomServiceManagementUrl("");

        assertEquals("AZURE_CHINA", credential.getCloud(), "Resource Manager and Entra ID must use China's endpoints");
        assertEquals(CHINA_URL, credential.getServiceManagementUrl());
        assertNull(credential.getCustomServiceManagementUrl(), "a known cloud's URL is not a custom one");
    }

    @Test
    void publishSettingsWithSeveralSubscriptionsNeedsTheSubscriptionId() {
        String file = CredentialFixtures.publishSettingsBase64(
                SUBSCRIPTION, "One", PUBLIC_URL, OTHER_SUBSCRIPTION, "Two", PUBLIC_URL);

        CredentialFormFailure e = assertThrows(
                CredentialFormFailure.class,
                () -> new AzureManagementCertificateCredentialsImpl(
                        CredentialsScope.GLOBAL,
                        "ps",
                        "",
                        null,
                        new PublishSettingsCertificateSource(SecretBytes.fromString(file))));
        assertTrue(
                e.getMessage().contains(SUBSCRIPTION) && e.getMessage().contains(OTHER_SUBSCRIPTION), e.getMessage());

        AzureManagementCertificateCredentialsImpl picked = new AzureManagementCertificateCredentialsImpl(
                CredentialsScope.GLOBAL,
                "ps",
                "",
                OTHER_SUBSCRIPTION,
                new PublishSettingsCertificateSource(SecretBytes.fromString(file)));
        assertEquals(OTHER_SUBSCRIPTION, picked.getSubscriptionId());
        assertNull(picked.getCustomServiceManagementUrl(), "the public cloud needs no custom URL");
    }

    @Test
    void optionalFieldsAreValidatedWhenSet() {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();

        assertThrows(CredentialFormFailure.class, () -> credential.setTenantId("not a tenant"));
        assertThrows(CredentialFormFailure.class, () -> credential.setApplicationId("app"));
        assertThrows(CredentialFormFailure.class, () -> credential.setCloud("AZURE_MARS"));
        assertThrows(
                CredentialFormFailure.class,
                () -> credential.setCustomServiceManagementUrl("http://management.core.windows.net"));

        credential.setTenantId(" contoso.onmicrosoft.com ");
        credential.setApplicationId("11111111-2222-3333-4444-555555555555");
        credential.setCloud("azure_us_government");
        assertEquals("contoso.onmicrosoft.com", credential.getTenantId());
        assertEquals("11111111-2222-3333-4444-555555555555", credential.getApplicationId());
        assertEquals("AZURE_US_GOVERNMENT", credential.getCloud());
        assertEquals("https://management.core.usgovcloudapi.net", credential.getServiceManagementUrl());

        credential.setCustomServiceManagementUrl("https://asm.example.test/");
        assertEquals("https://asm.example.test", credential.getServiceManagementUrl());
        credential.setCustomServiceManagementUrl(" ");
        assertNull(credential.getCustomServiceManagementUrl());
    }

    @Test
    void customResourceManagerEndpointsAreHttpsUrlsWithoutTrailingSlash() {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();

        credential.setCustomAuthorityHost(" https://login.microsoftonline.com/ ");
        credential.setCustomResourceManagerUrl("https://management.local.azurestack.external//");
        credential.checkCustomEndpoints();

        assertEquals("https://login.microsoftonline.com", credential.getCustomAuthorityHost());
        assertEquals("https://management.local.azurestack.external", credential.getCustomResourceManagerUrl());
        assertEquals(PUBLIC_URL, credential.getServiceManagementUrl(), "Service Management keeps the cloud's URL");
    }

    @Test
    void refusesACustomEndpointThatIsNoPlainHttpsUrl() {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();

        for (String bad : List.of(
                "http://login.example.test", "login.example.test", "https://login.example.test?x=1", "https://a#b")) {
            CredentialFormFailure authority =
                    assertThrows(CredentialFormFailure.class, () -> credential.setCustomAuthorityHost(bad));
            assertTrue(authority.getMessage().contains("authority URL"), authority.getMessage());
            assertEquals("customAuthorityHost", authority.getField());
            CredentialFormFailure resourceManager =
                    assertThrows(CredentialFormFailure.class, () -> credential.setCustomResourceManagerUrl(bad));
            assertTrue(resourceManager.getMessage().contains("Resource Manager URL"), resourceManager.getMessage());
            assertEquals("customResourceManagerUrl", resourceManager.getField());
        }
        assertNull(credential.getCustomAuthorityHost());
        assertNull(credential.getCustomResourceManagerUrl());
    }

    @Test
    void customEndpointsComeBothOrNeither() {
        AzureManagementCertificateCredentialsImpl onlyAuthority = CredentialFixtures.credential();
        onlyAuthority.setCustomAuthorityHost("https://login.microsoftonline.com");
        AzureManagementCertificateCredentialsImpl onlyResourceManager = CredentialFixtures.credential();
        onlyResourceManager.setCustomResourceManagerUrl("https://management.local.azurestack.external");

        for (AzureManagementCertificateCredentialsImpl half : List.of(onlyAuthority, onlyResourceManager)) {
            CredentialFormFailure e = assertThrows(CredentialFormFailure.class, half::checkCustomEndpoints);
            assertTrue(e.getMessage().contains("Enter both the custom authority host"), e.getMessage());
            // the field that is missing is the one the form marks
            assertEquals(
                    half.getCustomAuthorityHost() == null ? "customAuthorityHost" : "customResourceManagerUrl",
                    e.getField());
        }

        AzureManagementCertificateCredentialsImpl neither = CredentialFixtures.credential();
        neither.setCustomAuthorityHost(" ");
        neither.setCustomResourceManagerUrl(null);
        neither.checkCustomEndpoints();
        assertNull(neither.getCustomAuthorityHost());
        assertNull(neither.getCustomResourceManagerUrl());
    }

    @Test
    void theFormAndConfigurationAsCodeCheckThePairAfterTheSetters() throws Exception {
        Method check = AzureManagementCertificateCredentialsImpl.class.getMethod("checkCustomEndpoints");

        assertTrue(check.isAnnotationPresent(PostConstruct.class));
        assertEquals(0, check.getParameterCount());
    }

    @Test
    void displayNameShowsDescriptionSubscriptionAndThumbprint() {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();

        String name = new AzureManagementCertificateCredentials.NameProvider().getName(credential);

        assertTrue(name.contains("Production ASM"), name);
        assertTrue(name.contains(SUBSCRIPTION), name);
        assertTrue(name.contains(CERTIFICATE.thumbprintSha1()), name);
    }

    @Test
    void displayNameOfAnUnreadableCredentialSaysSoInsteadOfFailing() {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.unreadableCredential();
        assertThrows(IllegalStateException.class, credential::getThumbprint);

        String name = new AzureManagementCertificateCredentials.NameProvider().getName(credential);

        assertTrue(name.contains("Production ASM"), name);
        assertTrue(name.contains(SUBSCRIPTION), name);
        assertTrue(name.contains("cannot be read"), name);
        assertNull(credential.getCertificateSummary());
    }

    @Test
    void toStringShowsNoSecret() {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        credential.setCustomAuthorityHost("https://login.microsoftonline.com");
        credential.setCustomResourceManagerUrl("https://management.local.azurestack.external");

        String text =
                credential + " " + credential.getCertificateSource() + " " + CredentialFixtures.upload(PFX_PASSWORD);

        assertFalse(text.contains(PFX_PASSWORD), text);
        assertFalse(text.contains(credential.getPassword().getPlainText()), text);
        assertFalse(
                text.contains(Base64.getEncoder()
                        .encodeToString(CERTIFICATE.privateKey().getEncoded())
                        .substring(0, 40)),
                text);
        assertNotEquals(-1, text.indexOf(SUBSCRIPTION));
    }
}
