package hudson.model;

/** API stub of {@code hudson.model.TopLevelItem} (jenkins-core): the type only. */
public interface TopLevelItem extends Item {}
