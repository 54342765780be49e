package hudson.model;

import jenkins.model.FullyNamed;
import jenkins.model.FullyNamedModelObject;

/** API stub of {@code hudson.model.ItemGroup} (jenkins-core): the type only. */
public interface ItemGroup<T extends Item> extends FullyNamed, FullyNamedModelObject, PersistenceRoot {}
