package io.jenkins.plugins.azuremgmtcert.steps;

import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.io.ByteArrayInputStream;
import java.security.KeyStore;

/**
 * Stands in for the plugin's Azure credential (written on another branch): a certificate credential with the
 * account getters the step reads. Public, with public getters, as the real credential class is.
 */
public class FakeAzureCredentials implements StandardCertificateCredentials {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final byte[] pkcs12;
    private final String password;
    private final String tenantId;
    private final String clientId;

    FakeAzureCredentials(String id, ManagementCertificate certificate, String password, String tenantId,
            String clientId) {
        this.id = id;
        this.pkcs12 = CertificateExporter.toPkcs12(certificate, password.toCharArray(), Pkcs12Encryption.MODERN);
        this.password = password;
        this.tenantId = tenantId;
        this.clientId = clientId;
    }

    public String getSubscriptionId() {
        return "2c1e8d5a-0b8f-4f5e-9d3c-7a6b5c4d3e2f";
    }

    public String getServiceManagementUrl() {
        return "https://management.core.windows.net/";
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getClientId() {
        return clientId;
    }

    @Override
    public KeyStore getKeyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password.toCharArray());
            return store;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Secret getPassword() {
        return Secret.fromString(password);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDescription() {
        return "fake";
    }

    @Override
    public CredentialsScope getScope() {
        return CredentialsScope.GLOBAL;
    }

    @Override
    public CredentialsDescriptor getDescriptor() {
        throw new UnsupportedOperationException();
    }
}
