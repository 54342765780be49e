package hudson.model;

/** API stub of {@code hudson.model.ItemGroup} (jenkins-core): the type only. */
public interface ItemGroup<T extends Item> {}
