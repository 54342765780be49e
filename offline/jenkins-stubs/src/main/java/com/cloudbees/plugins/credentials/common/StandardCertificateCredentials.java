package com.cloudbees.plugins.credentials.common;

/** API stub of {@code com.cloudbees.plugins.credentials.common.StandardCertificateCredentials} (credentials plugin). */
public interface StandardCertificateCredentials extends StandardCredentials, CertificateCredentials {}
