package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.security.KeyStore;

/** API stub of {@code com.cloudbees.plugins.credentials.common.CertificateCredentials} (credentials plugin). */
public interface CertificateCredentials extends Credentials, PasswordCredentials {
    @NonNull
    KeyStore getKeyStore();
}
