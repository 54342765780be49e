package io.jenkins.plugins.azuremgmtcert.steps;

import hudson.AbortException;

/**
 * The credential a build names is missing or is not an Azure management certificate. An {@link AbortException}, so
 * the build fails with the message only, no stack trace.
 */
public final class AzureCertificateNotFoundException extends AbortException {

    private static final long serialVersionUID = 1L;

    AzureCertificateNotFoundException(String message) {
        super(message);
    }
}
