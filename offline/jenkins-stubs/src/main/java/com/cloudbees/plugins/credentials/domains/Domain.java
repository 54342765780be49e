package com.cloudbees.plugins.credentials.domains;

import java.io.Serializable;

/** API stub of {@code com.cloudbees.plugins.credentials.domains.Domain} (credentials plugin): the type only. */
public class Domain implements Serializable {
    private static final long serialVersionUID = 1L;

    private Domain() {}
}
