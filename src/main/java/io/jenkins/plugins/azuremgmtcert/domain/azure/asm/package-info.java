/**
 * Azure Service Management ("classic", retired 31 August 2024): the connection test with a management certificate
 * over mutual TLS, its hardened XML reading and its error diagnosis.
 */
package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;
