package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import java.io.IOException;

/** A response body exceeded the cap of {@link BoundedBodySubscriber}; reading stopped there. */
final class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    ResponseTooLargeException(long limit) {
        super("response body larger than " + limit + " bytes");
    }
}
