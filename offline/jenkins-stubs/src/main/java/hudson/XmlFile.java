package hudson;

import java.io.File;

/** API stub of {@code hudson.XmlFile} (jenkins-core): the type only. */
public final class XmlFile {
    public XmlFile(File file) {}
}
