package io.jenkins.plugins.azuremgmtcert.credentials.source;

import com.cloudbees.plugins.credentials.SecretBytes;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.fileupload2.core.FileItem;

/**
 * A file the browser submitted with the form (a {@code jsonAware} file input, bound by Stapler), read up to a limit: a
 * file larger than the limit is not read at all, only its size is kept so that the source can say why it refuses it.
 *
 * @param content the file's bytes, or {@code null} when it is larger than the limit
 * @param size the size the upload declared
 */
record SubmittedFile(@CheckForNull SecretBytes content, long size) {

    /** The submitted file, or {@code null} when no file was chosen (an empty file part) or none was sent. */
    @CheckForNull
    static SubmittedFile read(@CheckForNull FileItem<?> item, int limit) throws IOException {
        if (item == null || item.getSize() <= 0) {
            return null;
        }
        long size = item.getSize();
        if (size > limit) {
            return new SubmittedFile(null, size);
        }
        try (InputStream in = item.getInputStream()) {
            return new SubmittedFile(SecretBytes.fromRawBytes(in.readNBytes(limit)), size);
        }
    }

    boolean tooLarge() {
        return content == null;
    }

    @Override
    public String toString() {
        return "SubmittedFile{content=******, size=" + size + "}";
    }
}
