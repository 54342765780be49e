package io.jenkins.plugins.azuremgmtcert.credentials.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsFile;
import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A Secret file credential as the certificate: every kind of file it may hold, and every way it can be wrong. */
class SecretFileCertificateSourceTest {
    private static final ManagementCertificate CERTIFICATE =
            CertificateGenerator.forName("secret file tests").generate();
    private static final String SUBSCRIPTION = "0b1f6471-1bf0-4dda-aec3-cb9272f09590";
    private static final String OTHER = "6a1e4b5c-2d3f-4a5b-9c8d-7e6f5a4b3c2d";

    private static SourceRequest request(String subscription, FakeSecretFile... files) {
        Map<String, FakeSecretFile> byId = new java.util.HashMap<>();
        for (FakeSecretFile file : files) {
            byId.put(file.getId(), file);
        }
        return new SourceRequest("test", subscription, false, null, byId::get);
    }

    private static SecretFileCertificateSource source(String id, String password) {
        SecretFileCertificateSource source = new SecretFileCertificateSource(id);
        source.setSecretFilePassword(password == null ? null : Secret.fromString(password));
        return source;
    }

    private static byte[] pfx(String password) {
        return CertificateExporter.toPkcs12(CERTIFICATE, password.toCharArray(), Pkcs12Encryption.MODERN);
    }

    @Test
    void aPfxWithItsPasswordGivesTheCertificateAndKeepsTheReference() throws Exception {
        SecretFileCertificateSource source = source("azure-pfx", "s3cret");

        SourcedCertificate sourced = source.resolve(request(null, FakeSecretFile.of("azure-pfx", pfx("s3cret"))));

        assertEquals(CERTIFICATE.thumbprintSha1(), sourced.certificate().thumbprintSha1());
        assertSame(source, sourced.secretFile());
    }

    @Test
    void aPemFileWithCertificateAndKeyNeedsNoPassword() throws Exception {
        byte[] pem = CertificateExporter.toPem(CERTIFICATE).getBytes(StandardCharsets.US_ASCII);

        SourcedCertificate sourced =
                source("azure-pem", null).resolve(request(null, FakeSecretFile.of("azure-pem", pem)));

        assertEquals(CERTIFICATE.thumbprintSha1(), sourced.certificate().thumbprintSha1());
    }

    @Test
    void aPublishSettingsFileGivesTheSubscriptionEnteredOrSaysWhichItHolds() throws Exception {
        String pfx = Base64.getEncoder()
                .encodeToString(CertificateExporter.toPkcs12(CERTIFICATE, null, Pkcs12Encryption.LEGACY));
        byte[] xml = ("\uFEFF"
                        + PublishSettingsXml.schema2(
                                pfx,
                                SUBSCRIPTION,
                                "Production",
                                "https://management.core.windows.net",
                                OTHER,
                                "Test",
                                "https://management.core.windows.net"))
                .getBytes(StandardCharsets.UTF_8);
        FakeSecretFile file = FakeSecretFile.of("azure-publishsettings", xml);

        SourcedCertificate picked = source("azure-publishsettings", null).resolve(request(OTHER, file));
        assertEquals(OTHER, picked.subscriptionId());
        assertEquals(CERTIFICATE.thumbprintSha1(), picked.certificate().thumbprintSha1());

        CertificateSourceException e = assertThrows(
                CertificateSourceException.class,
                () -> source("azure-publishsettings", null).resolve(request(null, file)));
        assertTrue(
                e.getMessage().startsWith("Secret file credential \u201Cazure-publishsettings\u201D: "),
                e.getMessage());
        assertTrue(e.getMessage().contains(SUBSCRIPTION) && e.getMessage().contains(OTHER), e.getMessage());
    }

    @Test
    void aWrongPasswordIsTheDomainsMessageNamingTheSecretFile() {
        CertificateSourceException e = assertThrows(
                CertificateSourceException.class,
                () -> source("azure-pfx", "wrong")
                        .resolve(request(null, FakeSecretFile.of("azure-pfx", pfx("right")))));

        assertTrue(e.getMessage().startsWith("Secret file credential \u201Cazure-pfx\u201D: "), e.getMessage());
        assertTrue(e.getMessage().contains("password"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong"), "the password must not be shown: " + e.getMessage());
    }

    @Test
    void aMissingOrInvisibleSecretFileAndAnEmptyChoiceAreNamed() {
        CertificateSourceException missing = assertThrows(
                CertificateSourceException.class, () -> source("nowhere", null).resolve(request(null)));
        assertEquals(Messages.SecretFileCertificateSource_NotFound("nowhere"), missing.getMessage());

        CertificateSourceException none = assertThrows(
                CertificateSourceException.class, () -> source("  ", null).resolve(request(null)));
        assertEquals(Messages.SecretFileCertificateSource_NoId(), none.getMessage());

        // a request without a context to look in finds nothing
        assertThrows(
                CertificateSourceException.class,
                () -> source("azure-pfx", null).resolve(new SourceRequest("test", null, false)));
    }

    @Test
    void anUnreadableSecretFileSaysSoWithoutTheProvidersText() {
        FakeSecretFile broken = new FakeSecretFile("vault-file", CredentialsScope.GLOBAL, () -> {
            throw new IOException("vault at https://vault.internal:8200/v1/secret/azure refused token hvs.XYZ");
        });

        CertificateSourceException e = assertThrows(
                CertificateSourceException.class,
                () -> source("vault-file", null).resolve(request(null, broken)));

        assertEquals(Messages.SecretFileCertificateSource_Unreadable("vault-file", "IOException"), e.getMessage());
    }

    @Test
    void anEndlessSecretFileIsRefusedAfterItsLimitWithoutReadingOn() {
        AtomicLong read = new AtomicLong();
        FakeSecretFile endless = new FakeSecretFile("zero", CredentialsScope.GLOBAL, () -> new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read.addAndGet(len);
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        });

        CertificateSourceException e = assertThrows(
                CertificateSourceException.class, () -> source("zero", null).resolve(request(null, endless)));

        assertEquals(
                Messages.SecretFileCertificateSource_TooLarge("zero", PublishSettingsFile.MAX_BYTES), e.getMessage());
        assertTrue(read.get() <= PublishSettingsFile.MAX_BYTES + 1L + 8192, "read " + read.get() + " bytes");
    }

    @Test
    void aCertificateFileAboveTheCertificateLimitIsRefusedWithThatLimit() {
        byte[] big = new byte[CertificateLoader.MAX_INPUT_BYTES + 1];
        big[0] = 0x30;

        CertificateSourceException e = assertThrows(
                CertificateSourceException.class,
                () -> source("big", null).resolve(request(null, FakeSecretFile.of("big", big))));

        assertTrue(
                e.getMessage()
                        .contains(Messages.SecretFileCertificateSource_TooLarge(
                                "big", CertificateLoader.MAX_INPUT_BYTES)),
                e.getMessage());
    }

    @Test
    void xmlIsRecognisedAfterAByteOrderMarkAndWhitespaceOnly() {
        assertTrue(SecretFileCertificateSource.isXml(
                "<?xml version='1.0'?><PublishData/>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(SecretFileCertificateSource.isXml("\uFEFF\n <PublishData/>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(
                SecretFileCertificateSource.isXml("-----BEGIN CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(SecretFileCertificateSource.isXml(new byte[] {0x30, (byte) 0x82}));
        assertFalse(SecretFileCertificateSource.isXml(new byte[0]));
    }

    @Test
    void toStringNamesTheSecretFileButNeverThePassword() {
        String text = source("azure-pfx", "s3cret").toString();

        assertTrue(text.contains("azure-pfx"), text);
        assertFalse(text.contains("s3cret"), text);
    }

    @Test
    void anEmptyPasswordIsNoPassword() {
        assertEquals(null, source("x", "").getSecretFilePassword());
    }
}
