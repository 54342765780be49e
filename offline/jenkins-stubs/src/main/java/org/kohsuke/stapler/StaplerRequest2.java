package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

/** API stub of {@code org.kohsuke.stapler.StaplerRequest2} (Jenkins' Stapler): the type only. */
public interface StaplerRequest2 extends HttpServletRequest {}
