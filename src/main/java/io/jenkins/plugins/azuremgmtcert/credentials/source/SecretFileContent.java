package io.jenkins.plugins.azuremgmtcert.credentials.source;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.io.InputStream;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;

/** Reads the content of a Secret file credential up to a limit, so that a huge file is refused rather than read. */
final class SecretFileContent {
    private SecretFileContent() {}

    /**
     * @throws CertificateSourceException if the content cannot be read or is larger than {@code limit}
     */
    @NonNull
    static byte[] read(@NonNull FileCredentials file, int limit) throws CertificateSourceException {
        byte[] data;
        try (InputStream in = file.getContent()) {
            data = in.readNBytes(limit + 1);
        } catch (IOException e) {
            // the provider's exception text may name paths or hosts of an external store: the class name is enough
            throw new CertificateSourceException(Messages.SecretFileCertificateSource_Unreadable(
                    file.getId(), e.getClass().getSimpleName()));
        }
        if (data.length > limit) {
            throw new CertificateSourceException(Messages.SecretFileCertificateSource_TooLarge(file.getId(), limit));
        }
        return data;
    }
}
