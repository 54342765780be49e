package io.jenkins.plugins.azuremgmtcert.domain.files;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;

/**
 * Deletes a {@link SecretDirectory} and everything in it. It keeps going after a failure, so that as much as possible
 * is deleted, and then throws the first failure with the later ones attached as suppressed exceptions. Deleting a
 * folder that is already gone does nothing, so a clean-up may safely run twice.
 */
public final class SecretDirectoryRemover {

    private SecretDirectoryRemover() {}

    /**
     * Deletes {@code directory} recursively.
     *
     * @throws IOException the first entry that could not be deleted, with the others suppressed
     */
    public static void deleteRecursively(SecretDirectory directory) throws IOException, InterruptedException {
        IOException failure = deleteContents(directory, null);
        try {
            directory.delete();
        } catch (IOException e) {
            failure = collect(failure, e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    @CheckForNull
    private static IOException deleteContents(SecretDirectory directory, @CheckForNull IOException failure)
            throws InterruptedException {
        IOException result = failure;
        try {
            for (String file : directory.listFiles()) {
                try {
                    directory.deleteFile(file);
                } catch (IOException e) {
                    result = collect(result, e);
                }
            }
            for (String name : directory.listDirectories()) {
                SecretDirectory child = directory.child(name);
                result = deleteContents(child, result);
                try {
                    child.delete();
                } catch (IOException e) {
                    result = collect(result, e);
                }
            }
        } catch (IOException e) {
            result = collect(result, e);
        }
        return result;
    }

    private static IOException collect(@CheckForNull IOException first, IOException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
