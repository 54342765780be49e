package hudson.model;

/** API stub of {@code hudson.model.ModelObject} (jenkins-core). */
public interface ModelObject {
    String getDisplayName();
}
