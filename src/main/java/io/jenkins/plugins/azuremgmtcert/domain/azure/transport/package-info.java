/**
 * HTTPS plumbing shared by the Azure clients: one {@link javax.net.ssl.SSLContext} per test with an optional client
 * certificate, bounded response bodies, an overall deadline, and the translation of transport failures (timeouts,
 * DNS, refused connections, TLS, proxies) into {@link io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult}s
 * that say what to do.
 */
package io.jenkins.plugins.azuremgmtcert.domain.azure.transport;
