package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CERTIFICATE;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CHINA_URL;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.PFX_PASSWORD;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.PUBLIC_URL;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.SUBSCRIPTION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.credentials.source.StoredCertificateSource;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.azure.HostedService;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * The descriptor's web methods without a running Jenkins: the root context is a test double whose ACL grants or
 * denies; the Azure clients are replaced by a recording tester.
 */
class DescriptorWebMethodsTest {
    private static final String APP = "11111111-2222-3333-4444-555555555555";

    private final List<Permission> asked = new ArrayList<>();
    private final List<String> lookups = new ArrayList<>();
    private final RecordingConnectionTester tester = new RecordingConnectionTester();
    private AzureManagementCertificateCredentialsImpl saved;

    @BeforeEach
    void connectedByDefault() {
        tester.serviceManagementResult = ConnectionResult.connected(
                ConnectionResult.SERVICE_MANAGEMENT,
                "Prod",
                "Active",
                List.of(new HostedService("web-frontend", "West Europe", "Created")));
        tester.resourceManagerResult = ConnectionResult.connected(ConnectionResult.RESOURCE_MANAGER, "Prod", "Enabled");
    }

    private AzureManagementCertificateCredentialsImpl.DescriptorImpl descriptor(boolean granted) {
        AccessControlled root = () -> ACL.lambda2((authentication, permission) -> {
            asked.add(permission);
            return granted;
        });
        CertificateLookup lookup = (item, id) -> {
            lookups.add(id);
            return saved != null && saved.getId().equals(id) ? saved : null;
        };
        return new AzureManagementCertificateCredentialsImpl.DescriptorImpl(
                new WebMethodAccess(() -> root),
                new ConnectionTest(tester, ConnectionSettings::defaults, Clock.systemUTC()),
                lookup);
    }

    /** A folder (or any item) whose ACL grants only the given permission. */
    private Item item(Permission granted) {
        ACL acl = ACL.lambda2((authentication, permission) -> {
            asked.add(permission);
            return permission.equals(granted);
        });
        return (Item) Proxy.newProxyInstance(
                Item.class.getClassLoader(), new Class<?>[] {Item.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getACL")) {
                        return acl;
                    }
                    return method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : null;
                });
    }

    private static FormValidation testUpload(
            AzureManagementCertificateCredentialsImpl.DescriptorImpl d,
            String subscription,
            String tenant,
            String app,
            String keyStoreBase64,
            String password) {
        return d.doTestConnection(
                null,
                subscription,
                "AZURE_PUBLIC",
                "",
                tenant,
                app,
                "",
                "",
                keyStoreBase64,
                password,
                "",
                "",
                "",
                "",
                "");
    }

    /** Tests, as an administrator, an uploaded PKCS#12 of the fixture certificate protected by {@code PFX_PASSWORD}. */
    private FormValidation testUploadedPfx(String subscription, String tenant, String app, String password) {
        String pfx = CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN);
        return testUpload(descriptor(true), subscription, tenant, app, pfx, password);
    }

    /** Tests, as an administrator, the fixture .pfx with tenant, application and the given custom endpoints. */
    private FormValidation testCustomEndpoints(String authority, String resourceManager) {
        String pfx = CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN);
        return descriptor(true)
                .doTestConnection(
                        null,
                        SUBSCRIPTION,
                        "AZURE_CHINA",
                        "",
                        "contoso.onmicrosoft.com",
                        APP,
                        authority,
                        resourceManager,
                        pfx,
                        PFX_PASSWORD,
                        "",
                        "",
                        "",
                        "",
                        "");
    }

    /** Tests, as an administrator, an uploaded .publishsettings file of {@code SUBSCRIPTION} in Azure China. */
    private FormValidation testChinaPublishSettings(String tenant, String app) {
        String publishSettings = CredentialFixtures.publishSettingsBase64(SUBSCRIPTION, "China", CHINA_URL);
        return descriptor(true)
                .doTestConnection(
                        null, "", "AZURE_PUBLIC", "", tenant, app, "", "", "", "", "", "", publishSettings, "", "");
    }

    @Test
    void testConnectionWithoutAdministerIsDeniedBeforeAnythingIsParsedOrSent() {
        AzureManagementCertificateCredentialsImpl.DescriptorImpl d = descriptor(false);

        assertThrows(
                AccessDeniedException.class, () -> testUpload(d, SUBSCRIPTION, "", "", "bm90IGEgcGZ4", "whatever"));

        assertEquals(List.of(Jenkins.ADMINISTER), asked);
        assertTrue(tester.calls.isEmpty());
    }

    @Test
    void testConnectionInAFolderNeedsConfigureOnTheFolder() {
        String pfx = CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN);
        AzureManagementCertificateCredentialsImpl.DescriptorImpl d = descriptor(false);

        assertThrows(
                AccessDeniedException.class,
                () -> d.doTestConnection(
                        item(Item.READ), SUBSCRIPTION, "", "", "", "", "", "", pfx, PFX_PASSWORD, "", "", "", "", ""));
        assertTrue(tester.calls.isEmpty());
        assertEquals(List.of(Item.CONFIGURE), asked);

        FormValidation result = d.doTestConnection(
                item(Item.CONFIGURE), SUBSCRIPTION, "", "", "", "", "", "", pfx, PFX_PASSWORD, "", "", "", "", "");
        assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
        assertEquals(1, tester.calls.size());
    }

    @Test
    void downloadInAFolderNeedsCredentialsViewThere() {
        saved = CredentialFixtures.credential();
        AzureManagementCertificateCredentialsImpl.DescriptorImpl d = descriptor(false);

        assertThrows(AccessDeniedException.class, () -> d.doDownloadCertificate(item(Item.CONFIGURE), "asm"));
        assertTrue(lookups.isEmpty());
        assertTrue(((CertificateDownload) d.doDownloadCertificate(item(CredentialsProvider.VIEW), "asm")).found());
    }

    @Test
    void testConnectionReportsCertificateAndHostedServices() {
        FormValidation result = testUploadedPfx(SUBSCRIPTION, "", "", PFX_PASSWORD);

        assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
        assertTrue(result.renderHtml().contains(CERTIFICATE.thumbprintSha1()), result.renderHtml());
        assertTrue(result.renderHtml().contains("web-frontend"), result.renderHtml());
        assertEquals(
                List.of("asm " + PUBLIC_URL + " " + SUBSCRIPTION + " " + CERTIFICATE.thumbprintSha1()), tester.calls);
        assertFalse(result.renderHtml().contains(PFX_PASSWORD));
    }

    @Test
    void testConnectionShowsTheDiagnosisAndRequestId() {
        tester.serviceManagementResult = ConnectionResult.failed(
                FailureKind.CERTIFICATE_NOT_ASSOCIATED, "Upload the .cer with thumbprint X", "req-42");

        FormValidation result = testUploadedPfx(SUBSCRIPTION, "", "", PFX_PASSWORD);

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertTrue(result.renderHtml().contains("Upload the .cer with thumbprint X"), result.renderHtml());
        assertTrue(result.renderHtml().contains("req-42"), result.renderHtml());
    }

    @Test
    void testConnectionNamesTheRequestIdOnceWhenTheDiagnosisAlreadyDoes() {
        tester.serviceManagementResult = ConnectionResult.failed(
                FailureKind.CERTIFICATE_NOT_ASSOCIATED,
                "Upload the .cer with thumbprint X. Azure request ID (x-ms-request-id) for support: req-43.",
                "req-43");

        FormValidation result = testUploadedPfx(SUBSCRIPTION, "", "", PFX_PASSWORD);

        String html = result.renderHtml();
        assertEquals(html.indexOf("req-43"), html.lastIndexOf("req-43"), html);
    }

    @Test
    void testConnectionAlsoTriesResourceManagerWhenTenantAndApplicationAreSet() {
        FormValidation result = testUploadedPfx(SUBSCRIPTION, "contoso.onmicrosoft.com", APP, PFX_PASSWORD);

        assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
        assertEquals(2, tester.calls.size());
        assertEquals(
                "arm https://login.microsoftonline.com https://management.azure.com contoso.onmicrosoft.com " + APP
                        + " " + SUBSCRIPTION,
                tester.calls.get(1));
    }

    @Test
    void testConnectionSignsInAtTheCustomEndpointsInsteadOfTheClouds() {
        FormValidation result = testCustomEndpoints(
                "https://login.microsoftonline.com/", " https://management.local.azurestack.external/ ");

        assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
        assertEquals(
                "arm https://login.microsoftonline.com https://management.local.azurestack.external"
                        + " contoso.onmicrosoft.com " + APP + " " + SUBSCRIPTION,
                tester.calls.get(1));
    }

    @Test
    void testConnectionRefusesHalfOfTheCustomEndpointsBeforeConnecting() {
        for (String[] half : new String[][] {
            {"https://login.microsoftonline.com", ""}, {"", "https://management.local.azurestack.external"}
        }) {
            FormValidation result = testCustomEndpoints(half[0], half[1]);

            assertEquals(FormValidation.Kind.ERROR, result.kind, result.renderHtml());
            assertTrue(result.renderHtml().contains("Enter both the custom authority host"), result.renderHtml());
        }
        assertTrue(tester.calls.isEmpty());
    }

    @Test
    void testConnectionRefusesACustomEndpointThatIsNoHttpsUrl() {
        FormValidation result =
                testCustomEndpoints("https://login.microsoftonline.com", "http://management.local.azurestack.external");

        assertEquals(FormValidation.Kind.ERROR, result.kind, result.renderHtml());
        assertTrue(result.renderHtml().contains("Resource Manager URL"), result.renderHtml());
        assertTrue(tester.calls.isEmpty());
    }

    @Test
    void testConnectionWarnsWhenOnlyHalfOfResourceManagerIsFilledIn() {
        FormValidation result = testUploadedPfx(SUBSCRIPTION, "contoso.onmicrosoft.com", "", PFX_PASSWORD);

        assertEquals(FormValidation.Kind.WARNING, result.kind, result.renderHtml());
        assertEquals(1, tester.calls.size());
    }

    @Test
    void testConnectionWithABadPasswordShowsTheDomainMessageAndConnectsNowhere() {
        FormValidation result = testUploadedPfx(SUBSCRIPTION, "", "", "wrong-password");

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertFalse(result.renderHtml().contains("wrong-password"));
        assertFalse(result.renderHtml().contains("Exception"), result.renderHtml());
        assertTrue(tester.calls.isEmpty());
    }

    @Test
    void testConnectionWithoutACertificateSaysWhatToDo() {
        FormValidation result = testUpload(descriptor(true), SUBSCRIPTION, "", "", "", "");

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertTrue(result.renderHtml().contains("certificate"), result.renderHtml());
        assertTrue(tester.calls.isEmpty());
    }

    @Test
    void testConnectionRejectsAnInvalidSubscriptionBeforeConnecting() {
        FormValidation result = testUploadedPfx("not-a-guid", "", "", PFX_PASSWORD);

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertTrue(tester.calls.isEmpty());
    }

    @Test
    void testConnectionOfASavedCredentialUsesTheStoredKeyStore() {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        StoredCertificateSource stored = (StoredCertificateSource) credential.getCertificateSource();

        FormValidation result = descriptor(true)
                .doTestConnection(
                        null,
                        SUBSCRIPTION,
                        "AZURE_CHINA",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        stored.getStoredKeyStore().toString(),
                        stored.getStoredPassword().getEncryptedValue());

        assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
        assertEquals(
                List.of("asm " + CHINA_URL + " " + SUBSCRIPTION + " " + CERTIFICATE.thumbprintSha1()), tester.calls);
    }

    @Test
    void testConnectionTakesSubscriptionAndEndpointFromAPublishSettingsFile() {
        FormValidation result = testChinaPublishSettings("", "");

        assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
        assertEquals(
                List.of("asm " + CHINA_URL + " " + SUBSCRIPTION + " " + CERTIFICATE.thumbprintSha1()), tester.calls);
    }

    @Test
    void testConnectionSignsInToTheCloudOfASovereignPublishSettingsFile() {
        FormValidation result = testChinaPublishSettings("contoso.partner.onmschina.cn", APP);

        assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
        assertEquals(
                List.of(
                        "asm " + CHINA_URL + " " + SUBSCRIPTION + " " + CERTIFICATE.thumbprintSha1(),
                        "arm https://login.chinacloudapi.cn https://management.chinacloudapi.cn"
                                + " contoso.partner.onmschina.cn " + APP + " " + SUBSCRIPTION),
                tester.calls);
    }

    @Test
    void fieldChecksSayNothingToUsersWhoMayNotConfigure() {
        AzureManagementCertificateCredentialsImpl.DescriptorImpl d = descriptor(false);

        assertEquals(FormValidation.Kind.OK, d.doCheckSubscriptionId(null, "not-a-guid").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckTenantId(null, "not a tenant").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckApplicationId(null, "app").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckCustomServiceManagementUrl(null, "ftp://x").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckCustomAuthorityHost(null, "ftp://x").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckCustomResourceManagerUrl(null, "ftp://x").kind);
        assertTrue(d.doFillCloudItems(null).isEmpty());
        assertEquals(7, asked.size());
        assertTrue(asked.stream().allMatch(Jenkins.ADMINISTER::equals));
    }

    @Test
    void fieldChecksValidateForAdministrators() {
        AzureManagementCertificateCredentialsImpl.DescriptorImpl d = descriptor(true);

        assertEquals(FormValidation.Kind.ERROR, d.doCheckSubscriptionId(null, "not-a-guid").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckSubscriptionId(null, SUBSCRIPTION).kind);
        assertEquals(FormValidation.Kind.WARNING, d.doCheckSubscriptionId(null, "").kind);
        assertEquals(FormValidation.Kind.ERROR, d.doCheckTenantId(null, "not a tenant").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckTenantId(null, "contoso.onmicrosoft.com").kind);
        assertEquals(FormValidation.Kind.ERROR, d.doCheckApplicationId(null, "app").kind);
        assertEquals(FormValidation.Kind.ERROR, d.doCheckCustomServiceManagementUrl(null, "http://x.test").kind);
        assertEquals(
                FormValidation.Kind.OK, d.doCheckCustomServiceManagementUrl(null, "https://asm.example.test").kind);
        assertEquals(FormValidation.Kind.ERROR, d.doCheckCustomAuthorityHost(null, "http://login.example.test").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckCustomAuthorityHost(null, "https://login.example.test/").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckCustomAuthorityHost(null, "").kind);
        assertEquals(
                FormValidation.Kind.ERROR,
                d.doCheckCustomResourceManagerUrl(null, "https://arm.example.test?x=1").kind);
        assertEquals(
                FormValidation.Kind.OK,
                d.doCheckCustomResourceManagerUrl(null, "https://management.local.azurestack.external").kind);
        assertEquals(3, d.doFillCloudItems(null).size());
    }

    @Test
    void downloadWithoutViewPermissionIsDeniedBeforeTheLookup() {
        saved = CredentialFixtures.credential();

        assertThrows(AccessDeniedException.class, () -> descriptor(false).doDownloadCertificate(null, "asm"));

        assertTrue(lookups.isEmpty());
    }

    @Test
    void downloadServesThePublicCertificateAsDer() {
        saved = CredentialFixtures.credential();

        CertificateDownload download =
                assertInstanceOf(CertificateDownload.class, descriptor(true).doDownloadCertificate(null, "asm"));

        assertTrue(download.found());
        assertEquals("azure-management-" + CERTIFICATE.thumbprintSha1() + ".cer", download.fileName());
        assertArrayEquals(CertificateExporter.toCer(CERTIFICATE.certificate()), download.der());
        assertFalse(((CertificateDownload) descriptor(true).doDownloadCertificate(null, "unknown")).found());
    }

    @Test
    void downloadOfACredentialWhoseKeystoreCannotBeReadIsNotFound() {
        saved = CredentialFixtures.unreadableCredential();

        CertificateDownload download =
                assertInstanceOf(CertificateDownload.class, descriptor(true).doDownloadCertificate(null, "asm"));

        assertFalse(download.found());
    }
}
