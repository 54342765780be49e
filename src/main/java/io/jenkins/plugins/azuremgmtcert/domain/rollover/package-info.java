/**
 * Certificate roll-over: a next certificate beside the current one, tested, then promoted, with the former one kept
 * as the previous certificate for a roll-back, and a history of each change. Imports nothing from Jenkins.
 */
package io.jenkins.plugins.azuremgmtcert.domain.rollover;
