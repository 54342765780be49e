package org.kohsuke.stapler;

/**
 * API stub of {@code org.kohsuke.stapler.Stapler} (Jenkins' Stapler): the current request. It shadows the class of the
 * Stapler 1.263 jar, which predates {@code getCurrentRequest2()}; offline there is never a request.
 */
public class Stapler {
    public static StaplerRequest2 getCurrentRequest2() {
        return null;
    }
}
