package hudson.model;

import java.io.IOException;

/** API stub of {@code hudson.model.Saveable} (jenkins-core). */
public interface Saveable {
    void save() throws IOException;
}
