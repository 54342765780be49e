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
import com.cloudbees.plugins.credentials.CredentialsStore;
import hudson.model.ModelObject;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.azure.HostedService;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * The descriptor's web methods without a running Jenkins: Jenkins and the credential stores are test doubles whose
 * ACLs grant or deny; the Azure clients are replaced by a recording tester.
 */
class DescriptorWebMethodsTest {
    private static final String APP = "11111111-2222-3333-4444-555555555555";

    private static final ModelObject JENKINS = FakeStore.context("Jenkins");
    private static final ModelObject FOLDER = FakeStore.context("folder");

    private final List<Permission> asked = new ArrayList<>();
    private final List<ModelObject> storeLookups = new ArrayList<>();
    private final RecordingConnectionTester tester = new RecordingConnectionTester();

    @BeforeEach
    void connectedByDefault() {
        tester.serviceManagementResult = ConnectionResult.connected(
                ConnectionResult.SERVICE_MANAGEMENT,
                "Prod",
                "Active",
                List.of(new HostedService("web-frontend", "West Europe", "Created")));
        tester.resourceManagerResult = ConnectionResult.connected(ConnectionResult.RESOURCE_MANAGER, "Prod", "Enabled");
    }

    /** The descriptor, as an administrator or not, with these stores contributing to every context. */
    private AzureManagementCertificateCredentialsImpl.DescriptorImpl descriptor(
            boolean administrator, CredentialsStore... stores) {
        AccessControlled root = () -> ACL.lambda2((authentication, permission) -> {
            asked.add(permission);
            return administrator;
        });
        return new AzureManagementCertificateCredentialsImpl.DescriptorImpl(
                new WebMethodAccess(() -> root, () -> JENKINS, context -> {
                    storeLookups.add(context);
                    return List.of(stores);
                }),
                new ConnectionTest(tester, ConnectionSettings::defaults, Clock.systemUTC()));
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
                "",
                "",
                null);
    }

    /** Tests, as an administrator, an uploaded PKCS#12 of the fixture certificate protected by {@code PFX_PASSWORD}. */
    private FormValidation testUploadedPfx(String subscription, String tenant, String app, String password) {
        String pfx = CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN);
        return testUpload(descriptor(true), subscription, tenant, app, pfx, password);
    }

    /** Tests, as an administrator, the fixture .pfx at a custom Service Management URL. */
    private FormValidation testAtCustomServiceManagementUrl(String url) {
        String pfx = CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN);
        return descriptor(true)
                .doTestConnection(
                        null, SUBSCRIPTION, "", url, "", "", "", "", pfx, PFX_PASSWORD, "", "", "", "", "", "", null);
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
                        "",
                        "",
                        null);
    }

    /** Tests, as an administrator, an uploaded .publishsettings file of {@code SUBSCRIPTION} in Azure China. */
    private FormValidation testChinaPublishSettings(String tenant, String app) {
        String publishSettings = CredentialFixtures.publishSettingsBase64(SUBSCRIPTION, "China", CHINA_URL);
        return descriptor(true)
                .doTestConnection(
                        null,
                        "",
                        "AZURE_PUBLIC",
                        "",
                        tenant,
                        app,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        publishSettings,
                        "",
                        "",
                        "",
                        null);
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
    void testConnectionInAFolderNeedsCreateOrUpdateOnTheFoldersStore() {
        String pfx = CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN);
        FakeStore viewOnly = new FakeStore(FOLDER, Set.of(CredentialsProvider.VIEW));

        assertThrows(
                AccessDeniedException.class,
                () -> descriptor(false, viewOnly)
                        .doTestConnection(
                                FOLDER,
                                SUBSCRIPTION,
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                pfx,
                                PFX_PASSWORD,
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                null));
        assertTrue(tester.calls.isEmpty());

        FakeStore create = new FakeStore(FOLDER, Set.of(CredentialsProvider.CREATE));
        FormValidation result = descriptor(false, create)
                .doTestConnection(
                        FOLDER, SUBSCRIPTION, "", "", "", "", "", "", pfx, PFX_PASSWORD, "", "", "", "", "", "", null);
        assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
        assertEquals(1, tester.calls.size());
        assertTrue(asked.isEmpty(), "Overall/Administer was asked for although the folder has a store");
    }

    @Test
    void testConnectionFromAJobIsRefusedThoughItsFolderLetsTheUserCreateCredentials() {
        ModelObject job = FakeStore.context("folder/job");
        FakeStore folder = new FakeStore(FOLDER, Set.of(CredentialsProvider.CREATE, CredentialsProvider.UPDATE));

        assertThrows(
                AccessDeniedException.class,
                () -> descriptor(true, folder)
                        .doTestConnection(
                                job,
                                SUBSCRIPTION,
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "bm90IGEgcGZ4",
                                "x",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                null));
        assertTrue(tester.calls.isEmpty());
    }

    @Test
    void downloadInAFolderNeedsCredentialsViewOnItsStore() {
        AzureManagementCertificateCredentialsImpl saved = CredentialFixtures.credential();
        FakeStore createOnly = new FakeStore(FOLDER, Set.of(CredentialsProvider.CREATE), saved);
        FakeStore view = new FakeStore(FOLDER, Set.of(CredentialsProvider.VIEW), saved);

        assertThrows(
                AccessDeniedException.class,
                () -> descriptor(true, createOnly).doDownloadCertificate(FOLDER, "asm", null));
        CertificateDownload download =
                (CertificateDownload) descriptor(false, view).doDownloadCertificate(FOLDER, "asm", null);
        assertTrue(download.found());
        assertTrue(view.askedAs.stream().allMatch(Jenkins.getAuthentication2()::equals), view.askedAs::toString);
    }

    @Test
    void downloadFindsOnlyCredentialsOfTheContextsOwnStore() {
        FakeStore folder = new FakeStore(FOLDER, Set.of(CredentialsProvider.VIEW));
        FakeStore system = new FakeStore(JENKINS, Set.of(CredentialsProvider.VIEW), CredentialFixtures.credential());

        CertificateDownload download =
                (CertificateDownload) descriptor(true, folder, system).doDownloadCertificate(FOLDER, "asm", null);

        assertFalse(download.found());
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
    void testConnectionToAnEndpointOfNoAzureCloudTellsNothingAboutTheServer() {
        tester.serviceManagementResult = ConnectionResult.failed(
                FailureKind.CONNECTION_REFUSED, "Nothing listens on 10.0.0.7:8443 (Connection refused)", null);

        FormValidation custom = testAtCustomServiceManagementUrl("https://10.0.0.7:8443/");
        FormValidation azure = testUploadedPfx(SUBSCRIPTION, "", "", PFX_PASSWORD);

        assertEquals(FormValidation.Kind.ERROR, custom.kind);
        assertTrue(
                custom.renderHtml().contains("10.0.0.7 is not an Azure Service Management endpoint"),
                custom.renderHtml());
        assertFalse(custom.renderHtml().contains("Connection refused"), custom.renderHtml());
        assertTrue(azure.renderHtml().contains("Connection refused"), azure.renderHtml());
    }

    @Test
    void testConnectionToAnEndpointOfNoAzureCloudShowsServiceManagementAnswers() {
        tester.serviceManagementResult = ConnectionResult.failed(
                FailureKind.CERTIFICATE_NOT_ASSOCIATED, "Upload the .cer with thumbprint X", null);

        FormValidation result = testAtCustomServiceManagementUrl("https://asm.example.test/");

        assertTrue(result.renderHtml().contains("Upload the .cer with thumbprint X"), result.renderHtml());
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
    void testConnectionOfASavedCredentialUsesItsOwnKeyStoreFoundByIdInAStoreTheUserMayUpdate() {
        FakeStore system =
                new FakeStore(JENKINS, Set.of(CredentialsProvider.UPDATE), CredentialFixtures.credential()); // ID "asm"

        FormValidation result = descriptor(true, system)
                .doTestConnection(
                        null, SUBSCRIPTION, "AZURE_CHINA", "", "", "", "", "", "", "", "", "", "", "", "", "asm", null);

        assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
        assertEquals(
                List.of("asm " + CHINA_URL + " " + SUBSCRIPTION + " " + CERTIFICATE.thumbprintSha1()), tester.calls);
    }

    @Test
    void testConnectionOfASavedCredentialNeedsUpdateOnItsStore() {
        FakeStore viewOnly =
                new FakeStore(JENKINS, Set.of(CredentialsProvider.VIEW), CredentialFixtures.credential()); // ID "asm"

        FormValidation result = descriptor(true, viewOnly)
                .doTestConnection(
                        null, SUBSCRIPTION, "AZURE_CHINA", "", "", "", "", "", "", "", "", "", "", "", "", "asm", null);

        assertEquals(FormValidation.Kind.ERROR, result.kind, result.renderHtml());
        assertTrue(tester.calls.isEmpty(), "a credential the user may not update was used");
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
    void fieldChecksAndTheCloudListNeedNoPermission() {
        AzureManagementCertificateCredentialsImpl.DescriptorImpl d = descriptor(false);

        assertEquals(FormValidation.Kind.ERROR, d.doCheckSubscriptionId("not-a-guid").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckSubscriptionId(SUBSCRIPTION).kind);
        assertEquals(FormValidation.Kind.WARNING, d.doCheckSubscriptionId("").kind);
        assertEquals(FormValidation.Kind.ERROR, d.doCheckTenantId("not a tenant").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckTenantId("contoso.onmicrosoft.com").kind);
        assertEquals(FormValidation.Kind.ERROR, d.doCheckApplicationId("app").kind);
        assertEquals(FormValidation.Kind.ERROR, d.doCheckCustomServiceManagementUrl("http://x.test").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckCustomServiceManagementUrl("https://asm.example.test").kind);
        assertEquals(FormValidation.Kind.ERROR, d.doCheckCustomAuthorityHost("http://login.example.test").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckCustomAuthorityHost("https://login.example.test/").kind);
        assertEquals(FormValidation.Kind.OK, d.doCheckCustomAuthorityHost("").kind);
        assertEquals(FormValidation.Kind.ERROR, d.doCheckCustomResourceManagerUrl("https://arm.example.test?x=1").kind);
        assertEquals(
                FormValidation.Kind.OK,
                d.doCheckCustomResourceManagerUrl("https://management.local.azurestack.external").kind);
        assertEquals(3, d.doFillCloudItems().size());
        assertTrue(asked.isEmpty(), asked::toString);
        assertTrue(storeLookups.isEmpty(), "a static check looked up credential stores");
    }

    @Test
    void downloadWithoutViewPermissionIsDenied() {
        FakeStore system = new FakeStore(JENKINS, Set.of(CredentialsProvider.CREATE), CredentialFixtures.credential());

        assertThrows(
                AccessDeniedException.class, () -> descriptor(true, system).doDownloadCertificate(null, "asm", null));
    }

    @Test
    void downloadServesThePublicCertificateAsDer() {
        FakeStore system = new FakeStore(JENKINS, Set.of(CredentialsProvider.VIEW), CredentialFixtures.credential());

        CertificateDownload download = assertInstanceOf(
                CertificateDownload.class, descriptor(false, system).doDownloadCertificate(null, "asm", null));

        assertTrue(download.found());
        assertEquals("azure-management-" + CERTIFICATE.thumbprintSha1() + ".cer", download.fileName());
        assertArrayEquals(CertificateExporter.toCer(CERTIFICATE.certificate()), download.der());
        assertFalse(
                ((CertificateDownload) descriptor(false, system).doDownloadCertificate(null, "unknown", null)).found());
    }

    @Test
    void downloadOfACredentialWhoseKeystoreCannotBeReadIsNotFound() {
        FakeStore system =
                new FakeStore(JENKINS, Set.of(CredentialsProvider.VIEW), CredentialFixtures.unreadableCredential());

        CertificateDownload download = assertInstanceOf(
                CertificateDownload.class, descriptor(false, system).doDownloadCertificate(null, "asm", null));

        assertFalse(download.found());
    }
}
