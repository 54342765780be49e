package io.jenkins.plugins.azuremgmtcert.domain.azure.transport;

import java.io.IOException;

/** A response body exceeded the limit of a {@link BoundedBodyHandler}; the rest was not read. */
public final class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    ResponseTooLargeException(long limit) {
        super("response body larger than " + limit + " bytes");
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}
