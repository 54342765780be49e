package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** API stub of {@code com.cloudbees.plugins.credentials.domains.Domain} (credentials plugin): the type and the global domain. */
public class Domain implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Domain GLOBAL = new Domain();

    private Domain() {}

    @NonNull
    public static Domain global() {
        return GLOBAL;
    }

    /** The stub has only the global domain. */
    public String getUrl() {
        return "domain/_/";
    }
}
