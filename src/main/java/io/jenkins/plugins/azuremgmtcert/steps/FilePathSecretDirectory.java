package io.jenkins.plugins.azuremgmtcert.steps;

import hudson.AbortException;
import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import hudson.slaves.WorkspaceList;
import io.jenkins.plugins.azuremgmtcert.domain.files.LocalSecretDirectory;
import io.jenkins.plugins.azuremgmtcert.domain.files.SecretDirectory;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import jenkins.MasterToSlaveFileCallable;

/**
 * A {@link SecretDirectory} on the machine of a {@link FilePath}, usually an agent. Each operation is a small file
 * callable that runs {@link LocalSecretDirectory} there, so entries get their owner-only modes in the same system
 * call that creates them, on the agent's own file system. Serializable, as {@link FilePath} is.
 */
final class FilePathSecretDirectory implements SecretDirectory, java.io.Serializable {

    /** Name of the folder in the workspace's temporary folder that holds every materialised certificate. */
    static final String PARENT_FOLDER_NAME = "azure-mgmt-cert";

    private static final long serialVersionUID = 1L;

    private final FilePath folder;

    /**
     * Whether this is the shared {@value #PARENT_FOLDER_NAME} folder: the clean-up of the last certificate folder in
     * it deletes it, so creating a certificate folder in it first creates it again if needed.
     */
    private final boolean shared;

    FilePathSecretDirectory(FilePath folder) {
        this(folder, false);
    }

    private FilePathSecretDirectory(FilePath folder, boolean shared) {
        this.folder = folder;
        this.shared = shared;
    }

    /**
     * The owner-only folder {@code <workspace>@tmp/azure-mgmt-cert}, created if needed. A folder beside the
     * workspace, not in it, so no archiving or SCM step picks the files up; and inside the folder that {@code
     * docker.inside} mounts.
     */
    static FilePathSecretDirectory parentFor(FilePath workspace) throws IOException, InterruptedException {
        FilePath parent = parentPath(workspace);
        parent.act(new EnsurePrivateDirectory());
        return new FilePathSecretDirectory(parent, true);
    }

    /**
     * Deletes {@code <workspace>@tmp/azure-mgmt-cert} if no certificate folder is left in it, so that a build leaves
     * nothing behind; a folder another block is still using keeps it. Nothing if it is gone.
     */
    static void deleteParentIfEmpty(FilePath workspace) throws IOException, InterruptedException {
        parentPath(workspace).act(new DeleteIfEmpty());
    }

    /** The path {@link #parentFor} uses, without any I/O. */
    static FilePath parentPath(FilePath workspace) throws AbortException {
        FilePath temp = WorkspaceList.tempDir(workspace);
        if (temp == null) {
            throw new AbortException(Messages.FilePathSecretDirectory_NoTempDir(workspace.getRemote()));
        }
        return temp.child(PARENT_FOLDER_NAME);
    }

    @Override
    public String path() {
        return folder.getRemote();
    }

    @Override
    public SecretDirectory child(String name) {
        return new FilePathSecretDirectory(folder.child(name));
    }

    @Override
    public SecretDirectory createPrivateDirectory(String name) throws IOException, InterruptedException {
        folder.act(new CreatePrivateDirectory(name, shared));
        return child(name);
    }

    @Override
    public String createPrivateFile(String name, byte[] content) throws IOException, InterruptedException {
        return folder.act(new CreatePrivateFile(name, content));
    }

    @Override
    public List<String> listFiles() throws IOException, InterruptedException {
        return folder.act(new ListEntries(false));
    }

    @Override
    public List<String> listDirectories() throws IOException, InterruptedException {
        return folder.act(new ListEntries(true));
    }

    @Override
    public boolean deleteFile(String name) throws IOException, InterruptedException {
        return folder.act(new DeleteFile(name));
    }

    @Override
    public boolean delete() throws IOException, InterruptedException {
        return folder.act(new DeleteFolder());
    }

    @Override
    public String toString() {
        return folder.getRemote();
    }

    private static LocalSecretDirectory local(File f) {
        return new LocalSecretDirectory(f.toPath());
    }

    private static final class EnsurePrivateDirectory extends MasterToSlaveFileCallable<Void> {
        private static final long serialVersionUID = 1L;

        @Override
        public Void invoke(File f, VirtualChannel channel) throws IOException {
            LocalSecretDirectory.ensurePrivateDirectory(f.toPath());
            return null;
        }
    }

    private static final class CreatePrivateDirectory extends MasterToSlaveFileCallable<Void> {
        private static final long serialVersionUID = 1L;
        /** How often the shared folder is created again when another block's clean-up deletes it meanwhile. */
        private static final int ATTEMPTS = 10;

        private final String name;
        private final boolean ensureFolder;

        CreatePrivateDirectory(String name, boolean ensureFolder) {
            this.name = name;
            this.ensureFolder = ensureFolder;
        }

        @Override
        public Void invoke(File f, VirtualChannel channel) throws IOException {
            for (int attempt = 1; ; attempt++) {
                if (ensureFolder) {
                    new EnsurePrivateDirectory().invoke(f, channel);
                }
                try {
                    local(f).createPrivateDirectory(name);
                    return null;
                } catch (NoSuchFileException e) {
                    // the shared folder was empty, and another block's clean-up has just deleted it
                    if (!ensureFolder || attempt >= ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
    }

    private static final class CreatePrivateFile extends MasterToSlaveFileCallable<String> {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final byte[] content;

        CreatePrivateFile(String name, byte[] content) {
            this.name = name;
            this.content = content.clone();
        }

        @Override
        public String invoke(File f, VirtualChannel channel) throws IOException {
            return local(f).createPrivateFile(name, content);
        }

        @Override
        public String toString() {
            return "CreatePrivateFile[" + name + ", " + content.length + " bytes]";
        }
    }

    private static final class ListEntries extends MasterToSlaveFileCallable<List<String>> {
        private static final long serialVersionUID = 1L;
        private final boolean directories;

        ListEntries(boolean directories) {
            this.directories = directories;
        }

        @Override
        public List<String> invoke(File f, VirtualChannel channel) throws IOException {
            return new ArrayList<>(directories ? local(f).listDirectories() : local(f).listFiles());
        }
    }

    private static final class DeleteFile extends MasterToSlaveFileCallable<Boolean> {
        private static final long serialVersionUID = 1L;
        private final String name;

        DeleteFile(String name) {
            this.name = name;
        }

        @Override
        public Boolean invoke(File f, VirtualChannel channel) throws IOException {
            return local(f).deleteFile(name);
        }
    }

    private static final class DeleteIfEmpty extends MasterToSlaveFileCallable<Boolean> {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean invoke(File f, VirtualChannel channel) throws IOException {
            try {
                return Files.deleteIfExists(f.toPath());
            } catch (DirectoryNotEmptyException e) {
                return false; // another block's certificate folder
            }
        }
    }

    private static final class DeleteFolder extends MasterToSlaveFileCallable<Boolean> {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean invoke(File f, VirtualChannel channel) throws IOException {
            return local(f).delete();
        }
    }
}
