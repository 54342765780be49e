package io.jenkins.plugins.azuremgmtcert.credentials.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cloudbees.plugins.credentials.SecretBytes;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsFile;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.fileupload2.core.FileItem;
import org.junit.jupiter.api.Test;

/** The file input bound on save (issue 9.4): it wins over the script's hidden copy, is read up to a limit only. */
class SubmittedFileTest {
    private static final ManagementCertificate CERTIFICATE =
            CertificateGenerator.forName("submitted").generate();
    private static final SourceRequest REQUEST = new SourceRequest("x", null, false);

    @Test
    void theSubmittedFileIsUsedWhenTheScriptLeftTheHiddenFieldEmpty() throws Exception {
        byte[] pfx = CertificateExporter.toPkcs12(CERTIFICATE, "pw".toCharArray(), Pkcs12Encryption.MODERN);
        UploadedCertificateSource source = new UploadedCertificateSource(SecretBytes.fromString(""), secret("pw"));

        source.setKeyStoreFile(fileItem(pfx, pfx.length, new AtomicInteger()));

        assertEquals(
                CERTIFICATE.thumbprintSha1(),
                source.resolve(REQUEST).certificate().thumbprintSha1());
    }

    @Test
    void theSubmittedFileWinsOverAStaleHiddenCopy() throws Exception {
        ManagementCertificate other = CertificateGenerator.forName("stale").generate();
        byte[] stale = CertificateExporter.toPkcs12(other, "pw".toCharArray(), Pkcs12Encryption.MODERN);
        byte[] chosen = CertificateExporter.toPkcs12(CERTIFICATE, "pw".toCharArray(), Pkcs12Encryption.MODERN);
        UploadedCertificateSource source = new UploadedCertificateSource(SecretBytes.fromRawBytes(stale), secret("pw"));

        source.setKeyStoreFile(fileItem(chosen, chosen.length, new AtomicInteger()));

        assertEquals(
                CERTIFICATE.thumbprintSha1(),
                source.resolve(REQUEST).certificate().thumbprintSha1());
    }

    @Test
    void noFileChosenKeepsTheHiddenCopy() throws Exception {
        byte[] pfx = CertificateExporter.toPkcs12(CERTIFICATE, "pw".toCharArray(), Pkcs12Encryption.MODERN);
        UploadedCertificateSource source = new UploadedCertificateSource(SecretBytes.fromRawBytes(pfx), secret("pw"));

        source.setKeyStoreFile(null);
        source.setKeyStoreFile(fileItem(new byte[0], 0, new AtomicInteger()));

        assertEquals(
                CERTIFICATE.thumbprintSha1(),
                source.resolve(REQUEST).certificate().thumbprintSha1());
    }

    @Test
    void aHugeFileIsNeitherReadNorSavedAndTheMessageSaysWhy() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        long size = 5L * 1024 * 1024 * 1024;
        UploadedCertificateSource upload = new UploadedCertificateSource(null, null);
        upload.setKeyStoreFile(fileItem(new byte[0], size, reads));
        PublishSettingsCertificateSource settings = new PublishSettingsCertificateSource(null);
        settings.setPublishSettingsFile(fileItem(new byte[0], size, reads));

        assertEquals(0, reads.get(), "the content of a file above the limit is never read");
        assertEquals(
                Messages.SubmittedFile_TooLarge(size, CertificateLoader.MAX_INPUT_BYTES),
                assertThrows(CertificateSourceException.class, () -> upload.resolve(REQUEST))
                        .getMessage());
        assertEquals(
                Messages.SubmittedFile_TooLarge(size, PublishSettingsFile.MAX_BYTES),
                assertThrows(CertificateSourceException.class, () -> settings.resolve(REQUEST))
                        .getMessage());
    }

    @Test
    void aFileThatGrowsPastItsDeclaredSizeIsCutAtTheLimit() throws Exception {
        byte[] longer = new byte[CertificateLoader.MAX_INPUT_BYTES + 10];

        SubmittedFile file = SubmittedFile.read(fileItem(longer, 10, new AtomicInteger()), 100);

        assertEquals(100, SecretBytes.getPlainData(file.content()).length);
    }

    @Test
    void theSubmittedPublishSettingsFileIsUsed() throws Exception {
        PublishSettingsCertificateSource source = new PublishSettingsCertificateSource(SecretBytes.fromString(""));
        byte[] notXml = "{\"publishData\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        source.setPublishSettingsFile(fileItem(notXml, notXml.length, new AtomicInteger()));

        CertificateSourceException e = assertThrows(CertificateSourceException.class, () -> source.resolve(REQUEST));
        assertFalse(
                e.getMessage().equals(Messages.PublishSettingsCertificateSource_NoFile()),
                "the submitted file was parsed, not reported missing: " + e.getMessage());
        assertNull(SubmittedFile.read(null, 1));
    }

    private static Secret secret(String value) {
        return Secret.fromString(value);
    }

    /** A submitted file part as Stapler hands it over: a declared size and a stream. */
    private static FileItem<?> fileItem(byte[] content, long declaredSize, AtomicInteger reads) {
        return (FileItem<?>) Proxy.newProxyInstance(
                SubmittedFileTest.class.getClassLoader(),
                new Class<?>[] {FileItem.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSize" -> declaredSize;
                    case "getInputStream" -> {
                        reads.incrementAndGet();
                        InputStream in = new ByteArrayInputStream(content);
                        yield in;
                    }
                    case "getName" -> "certificate.pfx";
                    case "toString" -> "FileItem";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
