/**
 * Local simulators of the Azure endpoints the plugin talks to (Service Management over mutual TLS, the Entra ID token
 * endpoint and Resource Manager), for tests and for the CLI's demo. They listen on loopback only, stop with their
 * owner ({@link java.lang.AutoCloseable}) and are never part of the plugin.
 */
package io.jenkins.plugins.azuremgmtcert.simulator;
