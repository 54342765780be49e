package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 11.9: large accounts. One certificate serving many subscriptions is decoded once; big schema 2.0 files fit. */
class PublishSettingsScaleTest {
    private final PortalCertificateFixture portal = PortalCertificateFixture.shared();

    private static String id(int i) {
        return String.format(Locale.ROOT, "00000000-0000-0000-0000-%012d", i);
    }

    @Test
    void fiveHundredSubscriptionsSharingOneCertificateLoadInWellUnderASecond() throws Exception {
        List<String> idName = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            idName.add(id(i));
            idName.add("Subscription " + i);
        }
        byte[] xml = portal.schema1("https://management.core.windows.net", idName.toArray(String[]::new))
                .getBytes(StandardCharsets.UTF_8);

        List<ManagementCertificate> loaded = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            List<ManagementCertificate> all = new ArrayList<>();
            for (PublishSettingsSubscription s : PublishSettingsFile.parse(xml).subscriptions()) {
                all.add(s.loadCertificate());
            }
            return all;
        });

        assertEquals(500, loaded.size());
        assertSame(loaded.get(0), loaded.get(499), "the shared certificate was decoded again");
        assertEquals(portal.thumbprintSha1(), loaded.get(499).thumbprintSha1());
    }

    @Test
    void aSchema2FileWithAThousandSubscriptionsIsAccepted() throws Exception {
        List<String> idNameUrl = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            idNameUrl.add(id(i));
            idNameUrl.add("Subscription " + i);
            idNameUrl.add("https://management.core.windows.net");
        }
        byte[] xml = portal.schema2(idNameUrl.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8);
        assertTrue(xml.length > 1024 * 1024, "the file should be over the old 1 MiB limit: " + xml.length);

        PublishSettingsFile file = PublishSettingsFile.parse(xml);

        assertEquals(1000, file.subscriptions().size());
        assertEquals(
                portal.thumbprintSha1(),
                file.subscription(id(999)).loadCertificate().thumbprintSha1());
    }
}
