package jenkins.model;

import hudson.model.ModelObject;

/** API stub of {@code jenkins.model.FullyNamedModelObject} (jenkins-core): the type only. */
public interface FullyNamedModelObject extends ModelObject {}
