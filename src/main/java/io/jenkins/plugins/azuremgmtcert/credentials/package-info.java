/**
 * Jenkins glue: the Azure Management Certificate credential ({@link
 * io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentials}), its form's web methods
 * (permission first, then parsing or I/O), Test Connection through Jenkins' proxy, the public certificate download and
 * the expiry monitor. It adapts Jenkins types and calls the domain; it holds no certificate or Azure logic itself.
 */
package io.jenkins.plugins.azuremgmtcert.credentials;
