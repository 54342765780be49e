package io.jenkins.plugins.azuremgmtcert.steps;

import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureAccount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Reads what a build needs from an Azure management certificate credential: the certificate with its key, and the
 * account's public facts.
 *
 * <p>The certificate comes through the {@link StandardCertificateCredentials} contract ({@code getKeyStore()} opened
 * with {@code getPassword()}). The account getters ({@code getSubscriptionId()}, {@code getServiceManagementUrl()},
 * {@code getTenantId()}, {@code getClientId()}, {@code getAuthorityHost()}) belong to the plugin's credential
 * interface, which is written on another branch at the same time; until it is merged they are read by name here, and
 * this class is the only place that changes when it is.
 */
final class CertificateCredentialsAdapter {

    private CertificateCredentialsAdapter() {}

    /** Whether {@code credentials} carries a subscription, i.e. is an Azure management certificate credential. */
    static boolean isAzureManagementCertificate(Object credentials) {
        return credentials instanceof StandardCertificateCredentials
                && getter(credentials, "getSubscriptionId") != null;
    }

    /**
     * The management certificate of {@code credentials}.
     *
     * @throws AbortException with the certificate domain's message when the key store cannot be used
     */
    static ManagementCertificate certificate(StandardCertificateCredentials credentials) throws AbortException {
        char[] password = credentials.getPassword().getPlainText().toCharArray();
        try {
            ByteArrayOutputStream pkcs12 = new ByteArrayOutputStream();
            credentials.getKeyStore().store(pkcs12, password);
            return CertificateLoader.fromPkcs12(pkcs12.toByteArray(), password, null);
        } catch (ManagementCertificateException e) {
            throw new AbortException(Messages.CertificateCredentialsAdapter_Unusable(credentials.getId(),
                    e.getMessage()));
        } catch (GeneralSecurityException | IOException e) {
            throw new AbortException(Messages.CertificateCredentialsAdapter_Unusable(credentials.getId(),
                    e.getClass().getSimpleName()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The public facts of the account, with the certificate's {@code thumbprint}. */
    static AzureAccount account(StandardCertificateCredentials credentials, String thumbprint) {
        return new AzureAccount(read(credentials, "getSubscriptionId"), read(credentials, "getServiceManagementUrl"),
                thumbprint, read(credentials, "getTenantId"), read(credentials, "getClientId"),
                read(credentials, "getAuthorityHost"));
    }

    @CheckForNull
    private static String read(Object credentials, String getterName) {
        Method getter = getter(credentials, getterName);
        if (getter == null) {
            return null;
        }
        try {
            Object value = getter.invoke(credentials);
            return value == null ? null : value.toString();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getterName + " of " + credentials.getClass().getName(), e);
        }
    }

    @CheckForNull
    private static Method getter(Object credentials, String name) {
        try {
            Method method = credentials.getClass().getMethod(name);
            return method.getParameterCount() == 0 ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
