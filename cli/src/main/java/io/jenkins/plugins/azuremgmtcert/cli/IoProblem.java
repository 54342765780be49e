package io.jenkins.plugins.azuremgmtcert.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Words for an {@link IOException}: NIO's messages are often just the path. */
final class IoProblem {

    private IoProblem() {}

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "file already exists";
        }
        if (e instanceof NotDirectoryException || e instanceof DirectoryNotEmptyException) {
            return "not a usable directory";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : OneLine.of(message);
    }
}
