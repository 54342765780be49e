package io.jenkins.plugins.azuremgmtcert.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the (small) certificate and publishsettings files the commands take, with clear failures. */
final class InputFiles {

    /** Certificates and publishsettings files are a few KiB; the domain refuses more than 1 MiB anyway. */
    static final long MAX_BYTES = 1024 * 1024;

    private InputFiles() {}

    static byte[] read(Path file) throws CommandFailure {
        try {
            if (Files.isDirectory(file)) {
                throw new CommandFailure(file + " is a directory; give the certificate file itself");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new CommandFailure(file + " is " + size + " bytes; certificate and .publishsettings files are "
                        + "at most " + MAX_BYTES + " bytes, so check that you chose the right file");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + " (" + IoProblem.describe(e) + ")", e);
        }
    }
}
