package io.jenkins.plugins.azuremgmtcert.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSourceException;
import io.jenkins.plugins.azuremgmtcert.credentials.source.GeneratedCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PemCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.PublishSettingsCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SecretFileCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.StoredCertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource;
import org.junit.jupiter.api.Test;

/** Test Connection tests the certificate source whose radio block is selected, whatever the other blocks hold. */
class FormCertificateSourceTest {
    private static final SecretFileCertificateSource NO_SECRET_FILE = new SecretFileCertificateSource("");

    private static final CertificateSource SAVED =
            CredentialFixtures.credential().getCertificateSource();

    private static CertificateSource choose(String kind) throws CertificateSourceException {
        return FormCertificateSource.choose(kind, "UPLOADED", "pw", "PEM", "", "PUBLISH", NO_SECRET_FILE, () -> SAVED);
    }

    @Test
    void generatedIsNeverTestedWithTheUploadedFileOfAnotherBlock() {
        CertificateSourceException e = assertThrows(
                CertificateSourceException.class, () -> choose(GeneratedCertificateSource.class.getName()));
        assertEquals(Messages.FormCertificateSource_GeneratedNotSaved(), e.getMessage());
    }

    @Test
    void eachKindTestsItsOwnBlock() throws Exception {
        assertInstanceOf(UploadedCertificateSource.class, choose(UploadedCertificateSource.class.getName()));
        assertInstanceOf(PemCertificateSource.class, choose(PemCertificateSource.class.getName()));
        assertInstanceOf(
                PublishSettingsCertificateSource.class, choose(PublishSettingsCertificateSource.class.getName()));
        assertSame(SAVED, choose(StoredCertificateSource.class.getName()));
        assertSame(NO_SECRET_FILE, choose(SecretFileCertificateSource.class.getName()));
    }

    @Test
    void theSelectedBlockIsTestedEvenWhenEmpty() throws Exception {
        CertificateSource pem = FormCertificateSource.choose(
                PemCertificateSource.class.getName(), "UPLOADED", "pw", null, null, null, NO_SECRET_FILE, () -> SAVED);
        assertInstanceOf(PemCertificateSource.class, pem);
    }

    @Test
    void unknownKindIsRefused() {
        assertThrows(CertificateSourceException.class, () -> choose("java.lang.String"));
    }

    @Test
    void withoutAKindNewInputWinsAsBefore() throws Exception {
        assertInstanceOf(UploadedCertificateSource.class, choose(""));
        assertSame(
                SAVED, FormCertificateSource.choose(null, null, null, null, null, null, NO_SECRET_FILE, () -> SAVED));
        assertNull(FormCertificateSource.choose(null, null, null, null, null, null, NO_SECRET_FILE, () -> null));
    }
}
