package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PortalCertificateFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishSettingsCommandTest {

    private static final String ID_1 = "11111111-2222-3333-4444-555555555555";
    private static final String ID_2 = "66666666-7777-8888-9999-000000000000";
    private static final String URL = "https://management.core.windows.net";

    @TempDir
    static Path dir;

    static final PortalCertificateFixture portal = PortalCertificateFixture.shared();
    static Path twoSubscriptions;

    @BeforeAll
    static void writeFile() throws Exception {
        twoSubscriptions = Files.writeString(
                dir.resolve("two.publishsettings"),
                portal.schema2(ID_1, "Pay-As-You-Go", URL, ID_2, "Dev &quot;test&quot; &lt;b&gt;", URL + "/"));
    }

    private final CliRunner cli = new CliRunner();

    @Test
    void listsTheSubscriptionsWithTheirCertificate() {
        CliRunner.Result result = cli.run("publishsettings", twoSubscriptions);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("2 subscriptions"), result.out());
        assertTrue(result.out().contains("Subscription " + ID_1 + " \"Pay-As-You-Go\""), result.out());
        assertTrue(result.out().contains("Thumbprint (SHA-1):  " + portal.thumbprintSha1()), result.out());
        assertFalse(result.out().contains(portal.base64().substring(0, 40)), "never prints the certificate");
    }

    @Test
    void printsJsonWithIdNameUrlAndTheCertificateFields() {
        CliRunner.Result result = cli.run("publishsettings", twoSubscriptions, "--json");
        assertEquals(0, result.exitCode(), result::toString);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> subscriptions =
                (List<Map<String, Object>>) MiniJson.object(result.out()).get("subscriptions");
        assertEquals(2, subscriptions.size());
        Map<String, Object> second = subscriptions.get(1);
        assertEquals(List.of("id", "name", "serviceManagementUrl", "certificate"), List.copyOf(second.keySet()));
        assertEquals(ID_2, second.get("id"));
        assertEquals("Dev \"test\" <b>", second.get("name"));
        assertEquals(URL, second.get("serviceManagementUrl"));
        @SuppressWarnings("unchecked")
        Map<String, Object> certificate = (Map<String, Object>) second.get("certificate");
        assertEquals(InspectCommandTest.FIELDS, List.copyOf(certificate.keySet()));
        assertEquals(portal.thumbprintSha1(), certificate.get("thumbprintSha1"));
        assertEquals("CN=Windows Azure Tools", certificate.get("subject"));
        assertEquals(true, certificate.get("usable"));
    }

    @Test
    void writesTheChosenSubscriptionsCertificateAsAPasswordFreePfx() throws Exception {
        Path pfx = dir.resolve("chosen.pfx");
        CliRunner.Result result =
                cli.run("publishsettings", twoSubscriptions, "--subscription", ID_2.toUpperCase(), "--out", pfx);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("1 subscription"), result.out());
        assertEquals(
                portal.thumbprintSha1(),
                CertificateLoader.load(Files.readAllBytes(pfx), null).thumbprintSha1());
        CliFiles.assertOwnerOnly(pfx);
    }

    @Test
    void writesWithAnOutputPasswordFromAFile() throws Exception {
        Path single = Files.writeString(dir.resolve("one.publishsettings"), portal.schema1(URL + "/", ID_1, "One"));
        Path password = Files.writeString(dir.resolve("out-pw"), "out-pw\n");
        Path pfx = dir.resolve("protected.pfx");
        CliRunner.Result result = cli.run("publishsettings", single, "--out", pfx, "--out-password-file", password);
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(
                portal.thumbprintSha1(),
                CertificateLoader.load(Files.readAllBytes(pfx), "out-pw".toCharArray())
                        .thumbprintSha1());
    }

    @Test
    void asksWhichSubscriptionToWriteWhenThereAreSeveral() {
        Path pfx = dir.resolve("ambiguous.pfx");
        CliRunner.Result result = cli.run("publishsettings", twoSubscriptions, "--out", pfx);
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--subscription") && result.err().contains(ID_2), result.err());
        assertFalse(Files.exists(pfx));
    }

    @Test
    void namesTheAvailableIdsForAnUnknownSubscription() {
        CliRunner.Result result =
                cli.run("publishsettings", twoSubscriptions, "--subscription", "99999999-2222-3333-4444-555555555555");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().contains(ID_1 + ", " + ID_2), result.err());
    }

    @Test
    void explainsAnAppServicePublishProfile() throws Exception {
        Path appService = Files.writeString(
                dir.resolve("app.PublishSettings"),
                "<publishData><publishProfile "
                        + "profileName=\"app - Web Deploy\" publishMethod=\"MSDeploy\" userPWD=\"pw\"/></publishData>");
        CliRunner.Result result = cli.run("publishsettings", appService, "--json");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().contains("App Service publish profile"), result.err());
        // --json: one document on standard output, also on failure (issue 11.3)
        Map<String, Object> json = MiniJson.object(result.out());
        assertEquals(List.of(), json.get("subscriptions"));
        assertTrue(String.valueOf(json.get("errors")).contains("App Service publish profile"), result.out());
    }

    @Test
    void reportsAnUnusableCertificateAndExitsOne() throws Exception {
        String corrupt = portal.schema2(ID_1, "Broken", URL).replace(portal.base64(), "MIIBAAAA");
        Path file = Files.writeString(dir.resolve("corrupt.publishsettings"), corrupt);
        CliRunner.Result result = cli.run("publishsettings", file, "--json");
        assertEquals(1, result.exitCode(), result::toString);
        @SuppressWarnings("unchecked")
        Map<String, Object> certificate = (Map<String, Object>)
                ((List<Map<String, Object>>) MiniJson.object(result.out()).get("subscriptions"))
                        .get(0)
                        .get("certificate");
        assertEquals(false, certificate.get("usable"));
        assertEquals(null, certificate.get("thumbprintSha1"));
        assertTrue(result.errorLine().contains(ID_1), result.err());
    }
}
