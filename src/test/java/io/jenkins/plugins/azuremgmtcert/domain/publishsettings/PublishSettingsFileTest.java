package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishSettingsFileTest {

    static final String ID_1 = "11111111-2222-3333-4444-555555555555";
    static final String ID_2 = "66666666-7777-8888-9999-000000000000";
    static final String PUBLIC = "https://management.core.windows.net";

    static final PortalCertificateFixture portal = PortalCertificateFixture.shared();

    static PublishSettingsFile parse(String xml) throws PublishSettingsException {
        return PublishSettingsFile.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsSchema2WithSeveralSubscriptionsEachWithItsOwnUrl() throws Exception {
        PublishSettingsFile file = parse(portal.schema2(
                ID_1, "Pay-As-You-Go", PUBLIC, ID_2, "China", "https://management.core.chinacloudapi.cn/"));
        List<PublishSettingsSubscription> subscriptions = file.subscriptions();
        assertEquals(2, subscriptions.size());
        assertEquals(ID_1, subscriptions.get(0).id());
        assertEquals("Pay-As-You-Go", subscriptions.get(0).name());
        assertEquals(PUBLIC, subscriptions.get(0).serviceManagementUrl());
        assertEquals(
                "https://management.core.chinacloudapi.cn", subscriptions.get(1).serviceManagementUrl());
        assertArrayEquals(portal.pkcs12(), subscriptions.get(1).managementCertificatePkcs12());
    }

    @Test
    void readsSchema1WithProfileCertificateAndUrlForEverySubscription() throws Exception {
        PublishSettingsFile file = parse(portal.schema1(PUBLIC + "/", ID_1, "Account", ID_2, "Other"));
        assertEquals(2, file.subscriptions().size());
        for (PublishSettingsSubscription subscription : file.subscriptions()) {
            assertEquals(PUBLIC, subscription.serviceManagementUrl());
            assertArrayEquals(portal.pkcs12(), subscription.managementCertificatePkcs12());
        }
        assertEquals("Other", file.subscriptions().get(1).name());
    }

    @Test
    void prefersTheSubscriptionsOwnUrlOverTheProfiles() throws Exception {
        String xml = portal.schema1("https://management.core.usgovcloudapi.net/", ID_1, "Gov")
                .replace("Name=\"Gov\"", "Name=\"Gov\" ServiceManagementUrl=\"https://example.test:8443/asm//\"");
        assertEquals(
                "https://example.test:8443/asm",
                parse(xml).subscriptions().get(0).serviceManagementUrl());
    }

    @Test
    void assumesThePublicCloudWhenTheFileNamesNoUrl() throws Exception {
        String xml = portal.schema1("", ID_1, "Account");
        assertEquals(PUBLIC, parse(xml).subscriptions().get(0).serviceManagementUrl());
    }

    @Test
    void readsAFileWhoseElementsCarryANamespace() throws Exception {
        String xml = portal.schema2(ID_1, "Ns", PUBLIC).replace("<PublishData>", "<PublishData xmlns=\"urn:x\">");
        assertEquals("Ns", parse(xml).subscriptions().get(0).name());
    }

    @Test
    void readsUtf8WithByteOrderMarkAndUtf16AsWindowsToolsSaveThem() throws Exception {
        String xml = portal.schema2(ID_1, "Größe", PUBLIC);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = xml.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        assertEquals(
                "Größe",
                PublishSettingsFile.parse(withBom).subscriptions().get(0).name());
        byte[] utf16 = xml.replace("utf-8", "utf-16").getBytes(StandardCharsets.UTF_16);
        assertEquals(
                "Größe", PublishSettingsFile.parse(utf16).subscriptions().get(0).name());
    }

    @Test
    void findsASubscriptionByIdIgnoringCase() throws Exception {
        PublishSettingsFile file =
                parse(portal.schema2(ID_1, "One", PUBLIC, "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE", "Two", PUBLIC));
        assertSame(file.subscriptions().get(1), file.subscription("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));
        assertSame(file.subscriptions().get(0), file.subscription(" " + ID_1 + " "));
    }

    @Test
    void unknownSubscriptionErrorListsTheIdsButNoCertificate() throws Exception {
        PublishSettingsFile file = parse(portal.schema2(ID_1, "One", PUBLIC, ID_2, "Two", PUBLIC));
        PublishSettingsException e = assertThrows(
                PublishSettingsException.class, () -> file.subscription("99999999-2222-3333-4444-555555555555"));
        assertEquals(PublishSettingsException.Reason.UNKNOWN_SUBSCRIPTION, e.reason());
        assertTrue(e.getMessage().contains(ID_1 + ", " + ID_2), e.getMessage());
        assertFalse(e.getMessage().contains(portal.base64().substring(0, 40)));
    }

    @Test
    void toStringShowsIdsButNeverCertificateBytes() throws Exception {
        PublishSettingsFile file = parse(portal.schema2(ID_1, "One", PUBLIC));
        String text = file.toString();
        assertTrue(text.contains(ID_1), text);
        assertFalse(text.contains(portal.base64().substring(0, 20)), text);
        assertFalse(text.contains(portal.base64().substring(200, 220)), text);
    }

    @Test
    void handsOutCopiesOfTheCertificateBytes() throws Exception {
        PublishSettingsSubscription subscription =
                parse(portal.schema2(ID_1, "One", PUBLIC)).subscriptions().get(0);
        byte[] first = subscription.managementCertificatePkcs12();
        first[0] ^= 0x7f;
        assertArrayEquals(portal.pkcs12(), subscription.managementCertificatePkcs12());
    }
}
