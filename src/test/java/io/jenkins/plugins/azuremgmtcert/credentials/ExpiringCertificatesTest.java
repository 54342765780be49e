package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CERTIFICATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.SecretBytes;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
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
    void saysWhetherANextCertificateIsReadyAndWhenItWasTested() {
        ManagementCertificate next = CertificateGenerator.forName("next").generate();
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        assertNull(ExpiringCertificates.find(saved, at(NOT_AFTER.minus(Duration.ofDays(10))))
                .get(0)
                .nextThumbprint());

        byte[] pfx = CertificateExporter.toPkcs12(next, "pw".toCharArray(), Pkcs12Encryption.MODERN);
        credential.setNextCertificateSource(new UploadedCertificateSource(
                SecretBytes.fromString(Base64.getEncoder().encodeToString(pfx)), Secret.fromString("pw")));
        Clock clock = at(NOT_AFTER.minus(Duration.ofDays(10)));
        ExpiringCertificate untested = ExpiringCertificates.find(
                        List.of(new ExpiringCertificates.Saved(credential, null)), clock)
                .get(0);
        assertEquals(next.thumbprintSha1(), untested.nextThumbprint());
        assertNull(untested.nextTestedOn());

        Instant tested = Instant.parse("2026-12-06T08:00:00Z");
        ExpiringCertificate ready = ExpiringCertificates.find(
                        List.of(new ExpiringCertificates.Saved(credential.withNextTested(tested), null)), clock)
                .get(0);
        assertEquals(next.thumbprintSha1(), ready.nextThumbprint());
        assertEquals("2026-12-06", ready.nextTestedOn());
    }

    @Test
    void marksAnExpiredCertificate() {
        List<ExpiringCertificate> found = ExpiringCertificates.find(saved, at(NOT_AFTER.plus(Duration.ofDays(1))));

        assertTrue(found.get(0).expired());
    }
}
