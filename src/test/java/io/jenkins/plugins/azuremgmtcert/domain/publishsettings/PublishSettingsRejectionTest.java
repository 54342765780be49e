package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

import static io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsFileTest.ID_1;
import static io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsFileTest.PUBLIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a .publishsettings file can be unusable ends in its own clear PublishSettingsException. */
class PublishSettingsRejectionTest {

    static final PortalCertificateFixture portal = PortalCertificateFixture.shared();

    private static PublishSettingsException rejection(String xml, Reason reason) {
        return rejection(xml.getBytes(StandardCharsets.UTF_8), reason);
    }

    private static PublishSettingsException rejection(byte[] content, Reason reason) {
        PublishSettingsException e =
                assertThrows(PublishSettingsException.class, () -> PublishSettingsFile.parse(content));
        assertEquals(reason, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains(portal.base64().substring(0, 40)), "message shows the certificate");
        return e;
    }

    private static void assertMentions(PublishSettingsException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void explainsThatAnAppServicePublishProfileHasNoCertificate() {
        String xml = "<publishData><publishProfile profileName=\"app - Web Deploy\" publishMethod=\"MSDeploy\" "
                + "publishUrl=\"app.scm.azurewebsites.net:443\" userName=\"$app\" userPWD=\"pw\"/></publishData>";
        assertMentions(
                rejection(xml, Reason.APP_SERVICE_PUBLISH_PROFILE),
                "App Service publish profile",
                "no management certificate",
                "PublishData");
    }

    @Test
    void refusesInputThatIsNotXml() {
        assertMentions(
                rejection(portal.pkcs12(), Reason.NOT_XML),
                "not a usable .publishsettings file",
                "not well-formed XML");
    }

    @Test
    void refusesAnExternalEntityAttack(@TempDir Path files) throws Exception {
        Path secret = files.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE PublishData [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<PublishData><PublishProfile><Subscription Id=\"&x;\"/></PublishProfile></PublishData>";
        PublishSettingsException e = rejection(xml, Reason.DOCTYPE_FORBIDDEN);
        assertMentions(e, "DOCTYPE");
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void refusesAFileOverSixteenMebibytes() {
        String padding = "<!--" + "x".repeat(PublishSettingsFile.MAX_BYTES) + "-->";
        String xml = portal.schema2(ID_1, "Big", PUBLIC).replace("</PublishData>", padding + "</PublishData>");
        assertMentions(rejection(xml, Reason.TOO_LARGE), "at most");
    }

    @Test
    void refusesAnotherXmlDocument() {
        assertMentions(rejection("<project><modelVersion/></project>", Reason.NOT_PUBLISH_SETTINGS), "<project>");
    }

    @Test
    void refusesAFileWithoutPublishProfile() {
        rejection("<PublishData><Other/></PublishData>", Reason.NO_PUBLISH_PROFILE);
    }

    @Test
    void refusesAProfileWithoutSubscription() {
        String xml = "<PublishData><PublishProfile SchemaVersion=\"2.0\" PublishMethod=\"AzureServiceManagementAPI\"/>"
                + "</PublishData>";
        assertMentions(rejection(xml, Reason.NO_SUBSCRIPTION), "no Subscription");
    }

    @Test
    void refusesASubscriptionWithoutCertificate() {
        String xml = "<PublishData><PublishProfile SchemaVersion=\"2.0\"><Subscription Id=\"" + ID_1
                + "\" Name=\"n\" ServiceManagementUrl=\"" + PUBLIC + "\"/></PublishProfile></PublishData>";
        assertMentions(rejection(xml, Reason.NO_CERTIFICATE), ID_1, "no ManagementCertificate");
    }

    @Test
    void refusesACertificateThatIsNotBase64() {
        String xml = portal.schema2(ID_1, "Bad", PUBLIC)
                .replace("ManagementCertificate=\"", "ManagementCertificate=\"%%not-base64%%");
        assertMentions(rejection(xml, Reason.BAD_BASE64), ID_1, "not valid base64");
    }

    @Test
    void acceptsBase64WrappedOverSeveralLines() throws Exception {
        String wrapped = portal.base64().replaceAll("(.{64})", "$1&#10;");
        String xml = portal.schema2(ID_1, "Wrapped", PUBLIC).replace(portal.base64(), wrapped);
        PublishSettingsFile file = PublishSettingsFile.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(portal.pkcs12().length, file.subscriptions().get(0).managementCertificatePkcs12().length);
    }

    @Test
    void refusesASubscriptionIdThatIsNotAGuid() {
        String xml = portal.schema2("../../other/path?x=", "Evil", PUBLIC);
        assertMentions(rejection(xml, Reason.INVALID_SUBSCRIPTION_ID), "not a GUID", "../../other/path");
    }

    @Test
    void refusesASubscriptionWithoutId() {
        String xml = portal.schema2(ID_1, "NoId", PUBLIC).replace("Id=\"" + ID_1 + "\"", "");
        assertMentions(rejection(xml, Reason.INVALID_SUBSCRIPTION_ID), "no Id");
    }

    @Test
    void refusesAPlainHttpServiceUrl() {
        String xml = portal.schema2(ID_1, "Http", "http://management.core.windows.net");
        assertMentions(rejection(xml, Reason.INSECURE_URL), "plain http", "https://");
    }

    @Test
    void refusesAServiceUrlThatIsNotHttpsToAHost() {
        rejection(portal.schema2(ID_1, "Ftp", "ftp://management.core.windows.net"), Reason.INVALID_URL);
        rejection(portal.schema2(ID_1, "Rel", "management.core.windows.net"), Reason.INVALID_URL);
        rejection(portal.schema2(ID_1, "Query", PUBLIC + "/?redirect=x"), Reason.INVALID_URL);
        rejection(portal.schema2(ID_1, "User", "https://user@management.core.windows.net"), Reason.INVALID_URL);
        rejection(portal.schema2(ID_1, "Syntax", "https://bad host"), Reason.INVALID_URL);
    }

    @Test
    void quotesHostileValuesShortAndOnOneLine() {
        String xml = portal.schema2("x".repeat(5000), "Long", PUBLIC);
        PublishSettingsException e = rejection(xml, Reason.INVALID_SUBSCRIPTION_ID);
        assertTrue(e.getMessage().length() < 400, e.getMessage());
    }
}
