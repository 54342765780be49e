/**
 * Azure clouds and the connection tests against them: the Service Management client (management certificate over
 * mutual TLS) and the types shared with the Resource Manager client ({@link ConnectionResult},
 * {@link ConnectionSettings}, {@link FailureKind}).
 */
package io.jenkins.plugins.azuremgmtcert.domain.azure;
