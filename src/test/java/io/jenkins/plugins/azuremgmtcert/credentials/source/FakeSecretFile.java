package io.jenkins.plugins.azuremgmtcert.credentials.source;

import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;

/** A Secret file credential as plain-credentials' {@code FileCredentialsImpl} presents one: an ID and content. */
public final class FakeSecretFile implements FileCredentials {
    /** Opens the content; may throw, as a provider backed by an external store can. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    private final String id;
    private final CredentialsScope scope;
    private final Content content;

    public FakeSecretFile(String id, CredentialsScope scope, Content content) {
        this.id = id;
        this.scope = scope;
        this.content = content;
    }

    public static FakeSecretFile of(String id, byte[] data) {
        return new FakeSecretFile(id, CredentialsScope.GLOBAL, () -> new ByteArrayInputStream(data));
    }

    @Override
    public String getFileName() {
        return "certificate.pfx";
    }

    @Override
    public InputStream getContent() throws IOException {
        return content.open();
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDescription() {
        return "";
    }

    @Override
    public CredentialsScope getScope() {
        return scope;
    }

    @Override
    public CredentialsDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }
}
