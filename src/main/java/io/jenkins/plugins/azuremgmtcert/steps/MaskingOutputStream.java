package io.jenkins.plugins.azuremgmtcert.steps;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Supplier;

/**
 * An output stream that replaces every occurrence of the secret values with {@value SecretMask#MASK}, a line at a time
 * (a secret never spans a line break), by the rules of {@link SecretMask}. A partial line is held back until its end,
 * or until {@link #close()}, so a secret written in two pieces is still masked.
 */
final class MaskingOutputStream extends OutputStream {

    private final OutputStream out;
    private final Supplier<List<String>> secrets;
    private final Charset charset;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    MaskingOutputStream(OutputStream out, Supplier<List<String>> secrets, String charsetName) {
        this.out = out;
        this.secrets = secrets;
        this.charset = Charset.forName(charsetName);
    }

    @Override
    public void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            flushLine();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, start, i + 1 - start);
                flushLine();
                start = i + 1;
            }
        }
        line.write(bytes, start, end - start);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (line.size() > 0) {
                flushLine();
            }
        } finally {
            out.close();
        }
    }

    private void flushLine() throws IOException {
        String text = line.toString(charset);
        line.reset();
        out.write(SecretMask.of(secrets.get()).apply(text).getBytes(charset));
    }
}
