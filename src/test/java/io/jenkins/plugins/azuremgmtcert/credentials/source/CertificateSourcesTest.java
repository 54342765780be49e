package io.jenkins.plugins.azuremgmtcert.credentials.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.SecretBytes;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.nio.charset.StandardCharsets;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

class CertificateSourcesTest {
    private static final ManagementCertificate CERTIFICATE =
            CertificateGenerator.forName("sources").generate();

    @Test
    void generatesACertificateNamedAfterTheCredentialWhenAPersonSavesTheForm() throws Exception {
        SourcedCertificate sourced =
                new GeneratedCertificateSource().resolve(new SourceRequest("Build agents", null, true));

        assertEquals(
                new X500Principal("CN=Jenkins - Build agents"),
                sourced.certificate().certificate().getSubjectX500Principal());
        assertEquals(2048, sourced.certificate().describe().keySize());
        assertNull(sourced.password(), "the credential chooses the keystore password");
    }

    @Test
    void refusesUnofferedKeySizesWithAClearMessage() {
        GeneratedCertificateSource source = new GeneratedCertificateSource();
        source.setKeySize(1024);

        CertificateSourceException e = assertThrows(
                CertificateSourceException.class, () -> source.resolve(new SourceRequest("x", null, true)));
        assertEquals(Messages.GeneratedCertificateSource_BadKeySize(1024), e.getMessage());
    }

    @Test
    void readsPastedPemWithCertificateAndKey() throws Exception {
        PemCertificateSource source =
                new PemCertificateSource(Secret.fromString(CertificateExporter.toPem(CERTIFICATE)));

        SourcedCertificate sourced = source.resolve(new SourceRequest("x", null, false));

        assertEquals(CERTIFICATE.thumbprintSha1(), sourced.certificate().thumbprintSha1());
        assertFalse(source.toString().contains("PRIVATE KEY"));
    }

    @Test
    void pemWithoutPrivateKeyIsRejectedWithTheDomainMessage() {
        PemCertificateSource source = new PemCertificateSource(
                Secret.fromString(CertificateExporter.toPemCertificate(CERTIFICATE.certificate())));

        CertificateSourceException e = assertThrows(
                CertificateSourceException.class, () -> source.resolve(new SourceRequest("x", null, false)));
        assertTrue(e.getMessage().contains(".pfx") || e.getMessage().contains("private key"), e.getMessage());
    }

    @Test
    void emptyInputsSayWhatIsMissing() {
        SourceRequest request = new SourceRequest("x", null, false);

        assertEquals(
                Messages.UploadedCertificateSource_NoFile(),
                assertThrows(
                                CertificateSourceException.class,
                                () -> new UploadedCertificateSource(null, null).resolve(request))
                        .getMessage());
        assertEquals(
                Messages.PemCertificateSource_NoText(),
                assertThrows(CertificateSourceException.class, () -> new PemCertificateSource(null).resolve(request))
                        .getMessage());
        assertEquals(
                Messages.PublishSettingsCertificateSource_NoFile(),
                assertThrows(
                                CertificateSourceException.class,
                                () -> new PublishSettingsCertificateSource(null).resolve(request))
                        .getMessage());
        assertEquals(
                Messages.StoredCertificateSource_Nothing(),
                assertThrows(
                                CertificateSourceException.class,
                                () -> new StoredCertificateSource(null, null).resolve(request))
                        .getMessage());
    }

    @Test
    void keepingTheCurrentCertificateFromTheFormKeepsTheUpdatedCredentialsKeyStore() throws Exception {
        byte[] pfx = CertificateExporter.toPkcs12(CERTIFICATE, "kept-pw".toCharArray(), Pkcs12Encryption.MODERN);
        StoredCertificateSource current =
                new StoredCertificateSource(SecretBytes.fromRawBytes(pfx), Secret.fromString("kept-pw"));

        // the update form sends no keystore and no password (a folder user's page would mask the password anyway)
        SourcedCertificate kept = new StoredCertificateSource(null, null)
                .resolve(new SourceRequest("x", null, true, current, SecretFiles.NONE));

        assertEquals(CERTIFICATE.thumbprintSha1(), kept.certificate().thumbprintSha1());
        assertEquals("kept-pw", kept.password().getPlainText());
    }

    @Test
    void aStoredSourceWithItsOwnKeyStoreIgnoresTheUpdatedCredential() throws Exception {
        ManagementCertificate other = CertificateGenerator.forName("other").generate();
        byte[] mine = CertificateExporter.toPkcs12(CERTIFICATE, "a".toCharArray(), Pkcs12Encryption.MODERN);
        byte[] theirs = CertificateExporter.toPkcs12(other, "b".toCharArray(), Pkcs12Encryption.MODERN);

        // configuration as code re-applying an export names its keystore: that one is kept
        SourcedCertificate kept = new StoredCertificateSource(SecretBytes.fromRawBytes(mine), Secret.fromString("a"))
                .resolve(new SourceRequest(
                        "x",
                        null,
                        false,
                        new StoredCertificateSource(SecretBytes.fromRawBytes(theirs), Secret.fromString("b")),
                        SecretFiles.NONE));

        assertEquals(CERTIFICATE.thumbprintSha1(), kept.certificate().thumbprintSha1());
    }

    @Test
    void uploadKeepsTheUsersPasswordForTheStoredKeyStore() throws Exception {
        byte[] pfx = CertificateExporter.toPkcs12(CERTIFICATE, "upload-pw".toCharArray(), Pkcs12Encryption.MODERN);

        SourcedCertificate sourced = new UploadedCertificateSource(
                        SecretBytes.fromRawBytes(pfx), Secret.fromString("upload-pw"))
                .resolve(new SourceRequest("x", null, false));

        assertEquals("upload-pw", sourced.password().getPlainText());
        assertFalse(sourced.toString().contains("upload-pw"));
    }

    @Test
    void publishSettingsThatIsNotXmlIsRejected() {
        PublishSettingsCertificateSource source = new PublishSettingsCertificateSource(
                SecretBytes.fromRawBytes("{\"publishData\": 1}".getBytes(StandardCharsets.UTF_8)));

        CertificateSourceException e = assertThrows(
                CertificateSourceException.class, () -> source.resolve(new SourceRequest("x", null, false)));
        assertFalse(e.getMessage().isBlank());
    }
}
