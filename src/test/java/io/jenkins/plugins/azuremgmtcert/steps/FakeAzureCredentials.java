package io.jenkins.plugins.azuremgmtcert.steps;

import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentials;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.io.ByteArrayInputStream;
import java.security.KeyStore;

/**
 * A minimal {@link AzureManagementCertificateCredentials} for offline tests: the real implementation needs Jenkins
 * (descriptor, Secret encryption of its fields, form context).
 */
public class FakeAzureCredentials implements AzureManagementCertificateCredentials {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final byte[] pkcs12;
    private final String password;
    private final String tenantId;
    private final String applicationId;
    private final String thumbprint;
    private String serviceManagementUrl = "https://management.core.windows.net";
    private String cloud = "AZURE_PUBLIC";
    private String customAuthorityHost;
    private String customResourceManagerUrl;

    FakeAzureCredentials(
            String id, ManagementCertificate certificate, String password, String tenantId, String applicationId) {
        this.id = id;
        this.pkcs12 = CertificateExporter.toPkcs12(certificate, password.toCharArray(), Pkcs12Encryption.MODERN);
        this.password = password;
        this.tenantId = tenantId;
        this.applicationId = applicationId;
        this.thumbprint = certificate.thumbprintSha1();
    }

    @Override
    public String getSubscriptionId() {
        return "2c1e8d5a-0b8f-4f5e-9d3c-7a6b5c4d3e2f";
    }

    @Override
    public String getServiceManagementUrl() {
        return serviceManagementUrl;
    }

    FakeAzureCredentials inCloud(String cloud, String serviceManagementUrl) {
        this.cloud = cloud;
        this.serviceManagementUrl = serviceManagementUrl;
        return this;
    }

    FakeAzureCredentials withCustomEndpoints(String authorityHost, String resourceManagerUrl) {
        this.customAuthorityHost = authorityHost;
        this.customResourceManagerUrl = resourceManagerUrl;
        return this;
    }

    @Override
    public String getCustomAuthorityHost() {
        return customAuthorityHost;
    }

    @Override
    public String getCustomResourceManagerUrl() {
        return customResourceManagerUrl;
    }

    @Override
    public String getCloud() {
        return cloud;
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    @Override
    public String getApplicationId() {
        return applicationId;
    }

    @Override
    public String getThumbprint() {
        return thumbprint;
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
