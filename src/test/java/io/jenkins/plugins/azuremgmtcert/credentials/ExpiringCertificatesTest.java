package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CERTIFICATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExpiringCertificatesTest {
    private static final Instant NOT_AFTER =
            CERTIFICATE.certificate().getNotAfter().toInstant();
    private static List<ExpiringCertificates.Saved> saved;

    @BeforeAll
    static void oneSavedCredential() {
        saved = List.of(new ExpiringCertificates.Saved(
                CredentialFixtures.credential(), "manage/credentials/store/system/domain/_/credential/asm/"));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void ignoresCertificatesValidForMoreThanThirtyDays() {
        assertTrue(ExpiringCertificates.find(saved, at(NOT_AFTER.minus(Duration.ofDays(31))))
                .isEmpty());
    }

    @Test
    void listsACertificateExpiringWithinThirtyDaysWithItsLink() {
        List<ExpiringCertificate> found = ExpiringCertificates.find(saved, at(NOT_AFTER.minus(Duration.ofDays(10))));

        assertEquals(1, found.size());
        ExpiringCertificate entry = found.get(0);
        assertFalse(entry.expired());
        assertEquals(CERTIFICATE.thumbprintSha1(), entry.thumbprint());
        assertEquals(NOT_AFTER.toString().substring(0, 10), entry.expiry());
        assertEquals("manage/credentials/store/system/domain/_/credential/asm/", entry.url());
        assertTrue(entry.name().contains("Production ASM"), entry.name());
    }

    @Test
    void marksAnExpiredCertificate() {
        List<ExpiringCertificate> found = ExpiringCertificates.find(saved, at(NOT_AFTER.plus(Duration.ofDays(1))));

        assertTrue(found.get(0).expired());
    }
}
