/**
 * Azure Resource Manager with the management certificate as an Entra ID application's certificate credential, the
 * replacement of the retired Service Management API: {@link ResourceManagerClient} signs a {@link ClientAssertion}
 * (PS256), exchanges it for a token and reads the subscription. {@link JsonReader} is the strict, bounded JSON reader
 * for the answers (the domain has no JSON library). Plain Java: nothing from Jenkins.
 */
package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;
