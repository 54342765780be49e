/**
 * Where a credential's certificate comes from, as chosen on the form: upload, PEM, publish settings, generation, or
 * the certificate the credential already holds. Each source resolves to a domain
 * {@link io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate} or fails with the domain's message.
 */
package io.jenkins.plugins.azuremgmtcert.credentials.source;
