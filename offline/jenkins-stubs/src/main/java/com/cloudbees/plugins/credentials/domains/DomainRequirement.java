package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import java.io.Serializable;

/** API stub of {@code com.cloudbees.plugins.credentials.domains.DomainRequirement} (credentials plugin). */
public class DomainRequirement implements ExtensionPoint, Serializable {
    private static final long serialVersionUID = 1L;
}
