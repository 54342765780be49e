package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

/** API stub of {@code com.cloudbees.plugins.credentials.common.StandardListBoxModel} (credentials plugin). */
public class StandardListBoxModel extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {

    private static final long serialVersionUID = 1L;

    @Override
    @NonNull
    protected String describe(@NonNull StandardCredentials c) {
        return c.getId();
    }
}
