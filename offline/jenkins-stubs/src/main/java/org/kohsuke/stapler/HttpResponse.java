package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import java.io.IOException;

/**
 * API stub of the current {@code org.kohsuke.stapler.HttpResponse} (Jenkins' Stapler, jakarta-based). It shadows the
 * javax-based one in the Stapler 1.263 jar: jenkins-stubs comes before Stapler on every class path.
 */
public interface HttpResponse {
    default void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
            throws IOException, ServletException {
        throw new UnsupportedOperationException("stub");
    }
}
