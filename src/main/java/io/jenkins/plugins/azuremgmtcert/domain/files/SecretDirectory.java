package io.jenkins.plugins.azuremgmtcert.domain.files;

import java.io.IOException;
import java.util.List;

/**
 * A folder on some machine that holds secret files: the local file system in the domain and its tests, a folder on
 * a Jenkins agent in the Jenkins glue. Implementations create entries so that only the owner can use them (folders
 * 0700, files 0400 where the file system has POSIX permissions) and never overwrite an existing entry.
 *
 * <p>Every operation may cross the network, hence {@link InterruptedException}.
 */
public interface SecretDirectory {

    /** The absolute path of this folder, as the machine it lives on spells it. */
    String path();

    /** This folder's child folder {@code name}, without any I/O; it need not exist. */
    SecretDirectory child(String name);

    /**
     * Creates the new, empty child folder {@code name}, usable only by its owner (0700 where POSIX).
     *
     * @throws java.nio.file.FileAlreadyExistsException or another {@link IOException} if {@code name} exists
     */
    SecretDirectory createPrivateDirectory(String name) throws IOException, InterruptedException;

    /**
     * Creates the new file {@code name} with {@code content}, readable only by its owner (0400 where POSIX).
     *
     * @return the absolute path of the file
     * @throws IOException if {@code name} exists or the file cannot be written
     */
    String createPrivateFile(String name, byte[] content) throws IOException, InterruptedException;

    /** Names of the files in this folder (not folders); empty if this folder does not exist. */
    List<String> listFiles() throws IOException, InterruptedException;

    /** Names of the folders in this folder; empty if this folder does not exist. */
    List<String> listDirectories() throws IOException, InterruptedException;

    /**
     * Deletes the file {@code name}, read-only or not.
     *
     * @return false if there was no such file
     */
    boolean deleteFile(String name) throws IOException, InterruptedException;

    /**
     * Deletes this folder, which must be empty.
     *
     * @return false if the folder did not exist
     */
    boolean delete() throws IOException, InterruptedException;
}
