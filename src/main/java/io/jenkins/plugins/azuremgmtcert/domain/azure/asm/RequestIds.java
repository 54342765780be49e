package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Appends the {@code x-ms-request-id} to a message, for support cases. */
final class RequestIds {

    private RequestIds() {}

    static String append(String message, @CheckForNull String requestId) {
        return requestId == null ? message : message + " " + Messages.Answer_RequestId(requestId);
    }
}
