package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

/** API stub of {@code org.kohsuke.stapler.StaplerResponse2} (Jenkins' Stapler): the type only. */
public interface StaplerResponse2 extends HttpServletResponse {}
