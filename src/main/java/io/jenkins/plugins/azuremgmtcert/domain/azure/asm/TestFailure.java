package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;

/** Ends a connection test early with its failed result. Control flow inside the client only. */
final class TestFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ConnectionResult result;

    TestFailure(ConnectionResult result) {
        super(result.failureKind() + "", null, false, false);
        this.result = result;
    }

    ConnectionResult result() {
        return result;
    }
}
