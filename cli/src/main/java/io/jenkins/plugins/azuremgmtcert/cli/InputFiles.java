package io.jenkins.plugins.azuremgmtcert.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads every input the commands take (certificates, publishsettings files, trust stores, password files) through one
 * bounded reader: regular files, named pipes, devices and {@code /dev/stdin} alike. It never trusts a size the file
 * system reports (0 for pipes and devices) and never reads more than one byte past its limit, so {@code /dev/zero}
 * or a huge file is refused at once with a clear message instead of filling the memory.
 */
final class InputFiles {

    /** Certificates and publishsettings files are a few KiB; the domain refuses more than 1 MiB anyway. */
    static final int MAX_BYTES = 1024 * 1024;

    private InputFiles() {}

    /** A certificate, publishsettings or trust store file, at most {@link #MAX_BYTES}. */
    static byte[] read(Path file) throws CommandFailure {
        return read(
                file,
                MAX_BYTES,
                "cannot read " + file,
                file + " is larger than " + MAX_BYTES + " bytes; certificate and .publishsettings files are a few "
                        + "kilobytes, so check that you chose the right file");
    }

    /**
     * The content of {@code file}, at most {@code limit} bytes.
     *
     * @param cannotRead the start of the message when the file cannot be read (the reason follows in brackets)
     * @param tooLarge the message when the file holds more than {@code limit} bytes
     */
    static byte[] read(Path file, int limit, String cannotRead, String tooLarge) throws CommandFailure {
        if (Files.isDirectory(file)) {
            throw new CommandFailure(file + " is a directory; give the file itself");
        }
        byte[] data;
        try (InputStream in = Files.newInputStream(file)) {
            data = in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new CommandFailure(cannotRead + " (" + IoProblem.describe(e) + ")", e);
        }
        if (data.length > limit) {
            java.util.Arrays.fill(data, (byte) 0);
            throw new CommandFailure(tooLarge);
        }
        return data;
    }
}
