package io.jenkins.plugins.azuremgmtcert.steps;

import io.jenkins.plugins.azuremgmtcert.domain.files.AzureEnvironmentVariables;

/**
 * A certificate written for a build: its variables, and the random name of its folder, which is all a clean-up
 * needs (with the workspace) to find it again, after a controller restart too.
 *
 * @param variables the secret and public variables
 * @param folderName the folder's name inside {@code <workspace>@tmp/azure-mgmt-cert}
 * @param thumbprint the certificate's SHA-1 thumbprint, for the console
 */
record BoundCertificate(AzureEnvironmentVariables variables, String folderName, String thumbprint) {

    @Override
    public String toString() {
        return "BoundCertificate[" + folderName + ", " + variables + "]";
    }
}
