package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

/** API stub of {@code org.kohsuke.stapler.StaplerRequest2} (Jenkins' Stapler). */
public interface StaplerRequest2 extends HttpServletRequest {
    <T> T findAncestorObject(Class<T> type);
}
