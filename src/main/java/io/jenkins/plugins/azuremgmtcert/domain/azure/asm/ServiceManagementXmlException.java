package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

/** A Service Management response body that could not be parsed; {@link #declaresDoctype()} tells a refused DTD. */
final class ServiceManagementXmlException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean declaresDoctype;

    ServiceManagementXmlException(String reason, boolean declaresDoctype, Throwable cause) {
        super(reason, cause);
        this.declaresDoctype = declaresDoctype;
    }

    /** Whether the body was refused because it declares a DOCTYPE (possibly an entity attack). */
    boolean declaresDoctype() {
        return declaresDoctype;
    }
}
