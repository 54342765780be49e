/**
 * A loopback simulator of the Entra ID token endpoint (certificate client credentials) and of Resource Manager's
 * subscription GET: {@link io.jenkins.plugins.azuremgmtcert.simulator.entra.EntraSimulator}. It verifies client
 * assertions on its own (JDK signatures, its own JSON), independently of the plugin's code.
 */
package io.jenkins.plugins.azuremgmtcert.simulator.entra;
