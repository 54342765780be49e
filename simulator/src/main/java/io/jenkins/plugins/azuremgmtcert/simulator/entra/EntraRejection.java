package io.jenkins.plugins.azuremgmtcert.simulator.entra;

/** Why the simulated token endpoint refuses a request: the parts of Entra ID's error answer. */
final class EntraRejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final int code;

    EntraRejection(int status, String error, int code, String description) {
        super("AADSTS" + code + ": " + description);
        this.status = status;
        this.error = error;
        this.code = code;
    }

    static EntraRejection invalidJwt(String detail) {
        return new EntraRejection(400, "invalid_request", 50027, "JWT token is invalid or malformed. " + detail);
    }

    static EntraRejection invalidClient(int code, String description) {
        return new EntraRejection(401, "invalid_client", code, description);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    int code() {
        return code;
    }
}
