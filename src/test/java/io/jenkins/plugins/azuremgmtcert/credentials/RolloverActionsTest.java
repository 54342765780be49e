package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CERTIFICATE;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.SUBSCRIPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.Items;
import hudson.model.ModelObject;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.azure.HostedService;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.domain.rollover.RolloverEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * The roll-over through the credential's web methods, against a fake store: promote, roll back and remove the
 * previous certificate replace the credential with a new instance; a failed save and a missing permission change
 * nothing; Test Connection tests the next certificate too, labelled, and records its success.
 */
class RolloverActionsTest {
    private static final ModelObject FOLDER = FakeStore.context("folder");
    private static final ManagementCertificate NEXT =
            CertificateGenerator.forName("next").generate();
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    private final RecordingConnectionTester tester = new RecordingConnectionTester();

    private AzureManagementCertificateCredentialsImpl.DescriptorImpl descriptor(FakeStore store) {
        AccessControlled root = () -> ACL.lambda2((authentication, permission) -> false);
        return new AzureManagementCertificateCredentialsImpl.DescriptorImpl(
                new WebMethodAccess(() -> root, () -> FOLDER, context -> List.of(store)),
                new ConnectionTest(tester, ConnectionSettings::defaults, Clock.systemUTC()),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static UploadedCertificateSource upload(ManagementCertificate certificate) {
        byte[] pfx = CertificateExporter.toPkcs12(certificate, "pw".toCharArray(), Pkcs12Encryption.MODERN);
        return new UploadedCertificateSource(
                SecretBytes.fromString(Base64.getEncoder().encodeToString(pfx)), Secret.fromString("pw"));
    }

    /** The fixtures' credential (certificate {@link CredentialFixtures#CERTIFICATE}) with {@link #NEXT} as next. */
    private static AzureManagementCertificateCredentialsImpl withNext() {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        credential.setNextCertificateSource(upload(NEXT));
        return credential;
    }

    private static AzureManagementCertificateCredentialsImpl only(FakeStore store) {
        return (AzureManagementCertificateCredentialsImpl)
                store.getCredentials(Domain.global()).get(0);
    }

    @Test
    void promoteMakesTheNextCertificateCurrentAndKeepsTheFormerAsPrevious() {
        AzureManagementCertificateCredentialsImpl saved = withNext();
        FakeStore store = new FakeStore(FOLDER, Set.of(CredentialsProvider.UPDATE), saved);

        FormValidation result = descriptor(store).doPromote(FOLDER, "asm");

        assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
        AzureManagementCertificateCredentialsImpl promoted = only(store);
        assertEquals(NEXT.thumbprintSha1(), promoted.getThumbprint());
        assertNull(promoted.getNextCertificate());
        assertEquals(
                CERTIFICATE.thumbprintSha1(),
                promoted.getPreviousCertificateSummary().thumbprint());
        RolloverEvent event = promoted.getRolloverHistory().get(0);
        assertEquals(RolloverEvent.Action.PROMOTED, event.getAction());
        assertEquals(NOW, event.getAt());
        assertEquals(CERTIFICATE.thumbprintSha1(), event.getFrom());
        assertEquals(NEXT.thumbprintSha1(), event.getTo());
        assertEquals(CERTIFICATE.thumbprintSha1(), saved.getThumbprint(), "the saved instance is unchanged");
        assertEquals("asm", promoted.getId());
        assertEquals(SUBSCRIPTION, promoted.getSubscriptionId());
    }

    @Test
    void rollBackAndRemovePreviousAreOneClickEach() {
        FakeStore store = new FakeStore(FOLDER, Set.of(CredentialsProvider.UPDATE), withNext());
        descriptor(store).doPromote(FOLDER, "asm");

        FormValidation rolledBack = descriptor(store).doRollBack(FOLDER, "asm");

        assertEquals(FormValidation.Kind.OK, rolledBack.kind, rolledBack.renderHtml());
        assertEquals(CERTIFICATE.thumbprintSha1(), only(store).getThumbprint());
        assertEquals(
                NEXT.thumbprintSha1(), only(store).getNextCertificateSummary().thumbprint());

        descriptor(store).doPromote(FOLDER, "asm");
        FormValidation removed = descriptor(store).doRemovePrevious(FOLDER, "asm");
        assertEquals(FormValidation.Kind.OK, removed.kind, removed.renderHtml());
        assertNull(only(store).getPreviousCertificate());
        assertEquals(4, only(store).getRolloverHistory().size());
        assertEquals(
                RolloverEvent.Action.PREVIOUS_REMOVED,
                only(store).getRolloverHistory().get(0).getAction(),
                "newest first");
    }

    @Test
    void aStepTheStateDoesNotAllowSaysWhyAndChangesNothing() {
        AzureManagementCertificateCredentialsImpl saved = CredentialFixtures.credential();
        FakeStore store = new FakeStore(FOLDER, Set.of(CredentialsProvider.UPDATE), saved);

        FormValidation result = descriptor(store).doPromote(FOLDER, "asm");

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertTrue(result.renderHtml().contains("There is no next certificate to promote"), result.renderHtml());
        assertSame(saved, only(store));
    }

    @Test
    void aFailedSaveLosesNothing() {
        AzureManagementCertificateCredentialsImpl saved = withNext();
        FakeStore store = new FakeStore(FOLDER, Set.of(CredentialsProvider.UPDATE), saved);
        store.failUpdates = true;

        FormValidation result = descriptor(store).doPromote(FOLDER, "asm");

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertTrue(result.renderHtml().contains("could not be saved; it is unchanged"), result.renderHtml());
        assertSame(saved, only(store));
        assertEquals(CERTIFICATE.thumbprintSha1(), saved.getThumbprint());
        assertEquals(NEXT.thumbprintSha1(), saved.getNextCertificateSummary().thumbprint());
    }

    @Test
    void withoutCredentialsUpdateNothingIsReadOrChanged() {
        AzureManagementCertificateCredentialsImpl saved = withNext();
        FakeStore store = new FakeStore(FOLDER, Set.of(CredentialsProvider.CREATE, CredentialsProvider.VIEW), saved);

        assertThrows(AccessDeniedException.class, () -> descriptor(store).doPromote(FOLDER, "asm"));
        assertThrows(AccessDeniedException.class, () -> descriptor(store).doRollBack(FOLDER, "asm"));
        assertThrows(AccessDeniedException.class, () -> descriptor(store).doRemovePrevious(FOLDER, "asm"));
        assertSame(saved, only(store));
    }

    @Test
    void testConnectionTestsBothLabelledAndRecordsTheNextCertificatesSuccess() {
        FakeStore store = new FakeStore(FOLDER, Set.of(CredentialsProvider.UPDATE), withNext());
        tester.serviceManagementResult = ConnectionResult.connected(
                ConnectionResult.SERVICE_MANAGEMENT,
                "Prod",
                "Active",
                List.of(new HostedService("web-frontend", "West Europe", "Created")));
        tester.serviceManagementByThumbprint.put(
                NEXT.thumbprintSha1(),
                ConnectionResult.failed(
                        FailureKind.CERTIFICATE_NOT_ASSOCIATED, "the certificate is not associated", "req-1"));

        FormValidation notUploaded = testSaved(store);

        String text = notUploaded.renderHtml();
        assertEquals(FormValidation.Kind.ERROR, notUploaded.kind, text);
        assertTrue(text.indexOf("Current certificate") < text.indexOf("Next certificate"), text);
        assertTrue(text.contains("the certificate is not associated"), text);
        assertNull(only(store).getNextCertificate().getTestedAt(), "a failed test is not recorded");

        tester.serviceManagementByThumbprint.clear();
        FormValidation both = testSaved(store);

        assertEquals(FormValidation.Kind.OK, both.kind, both.renderHtml());
        assertEquals(NOW, only(store).getNextCertificate().getTestedAt());
        assertEquals(
                NEXT.thumbprintSha1(), only(store).getNextCertificateSummary().thumbprint());
    }

    private FormValidation testSaved(FakeStore store) {
        return descriptor(store)
                .doTestConnection(
                        FOLDER, SUBSCRIPTION, "", "", "", "", "", "", "", "", "", "", "", "", "", "asm", null);
    }

    @Test
    void allThreeCertificatesAndTheHistorySurviveXml() {
        FakeStore store = new FakeStore(FOLDER, Set.of(CredentialsProvider.UPDATE), withNext());
        descriptor(store).doPromote(FOLDER, "asm");
        AzureManagementCertificateCredentialsImpl promoted = only(store);
        ManagementCertificate third = CertificateGenerator.forName("third").generate();
        AzureManagementCertificateCredentialsImpl all = new AzureManagementCertificateCredentialsImpl(
                CredentialsScope.GLOBAL, "asm", "Production ASM", SUBSCRIPTION, promoted.getCertificateSource());
        all.setNextCertificateSource(upload(third));
        all.setPreviousCertificateSource(promoted.getPreviousCertificateSource());
        all.carryOverRollover(promoted, "alice", NOW);

        String xml = Items.XSTREAM2.toXML(all);
        AzureManagementCertificateCredentialsImpl read =
                (AzureManagementCertificateCredentialsImpl) Items.XSTREAM2.fromXML(xml);

        assertTrue(!xml.contains("PRIVATE KEY") && !xml.contains(">pw<"), xml);
        assertEquals(NEXT.thumbprintSha1(), read.getThumbprint());
        assertEquals(third.thumbprintSha1(), read.getNextCertificateSummary().thumbprint());
        assertEquals(
                CERTIFICATE.thumbprintSha1(),
                read.getPreviousCertificateSummary().thumbprint());
        List<RolloverEvent> history = read.getRolloverHistory();
        assertEquals(2, history.size(), String.valueOf(history));
        assertEquals(RolloverEvent.Action.NEXT_ADDED, history.get(0).getAction());
        assertEquals("alice", history.get(0).getUser());
        assertEquals(RolloverEvent.Action.PROMOTED, history.get(1).getAction());
        assertNotNull(read.getNextCertificateSource());
    }
}
