package io.jenkins.plugins.azuremgmtcert.domain.files;

import java.io.IOException;
import java.util.List;

/** A {@link SecretDirectory} that fails when asked to create or delete one named entry, and delegates otherwise. */
final class FailingDirectory implements SecretDirectory {

    private final SecretDirectory delegate;
    private final String failingName;
    private final IOException failure;

    FailingDirectory(SecretDirectory delegate, String failingName, IOException failure) {
        this.delegate = delegate;
        this.failingName = failingName;
        this.failure = failure;
    }

    @Override
    public String path() {
        return delegate.path();
    }

    @Override
    public SecretDirectory child(String name) {
        return new FailingDirectory(delegate.child(name), failingName, failure);
    }

    @Override
    public SecretDirectory createPrivateDirectory(String name) throws IOException, InterruptedException {
        return new FailingDirectory(delegate.createPrivateDirectory(name), failingName, failure);
    }

    @Override
    public String createPrivateFile(String name, byte[] content) throws IOException, InterruptedException {
        if (name.equals(failingName)) {
            throw failure;
        }
        return delegate.createPrivateFile(name, content);
    }

    @Override
    public List<String> listFiles() throws IOException, InterruptedException {
        return delegate.listFiles();
    }

    @Override
    public List<String> listDirectories() throws IOException, InterruptedException {
        return delegate.listDirectories();
    }

    @Override
    public boolean deleteFile(String name) throws IOException, InterruptedException {
        if (name.equals(failingName)) {
            throw new IOException("cannot delete " + name);
        }
        return delegate.deleteFile(name);
    }

    @Override
    public boolean delete() throws IOException, InterruptedException {
        return delegate.delete();
    }
}
