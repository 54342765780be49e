package io.jenkins.plugins.azuremgmtcert.buildtools;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Fails the offline build when an artifact holds what it must not: a class of the API stubs (found on this JVM's class
 * path by the marker resource {@value #STUB_MARKER}), or, for an {@code .hpi}, BouncyCastle or any jar in
 * {@code WEB-INF/lib} but the plugin's own, or a manifest (of the {@code .hpi} or of the plugin jar inside it) without
 * the entries maven-hpi-plugin writes.
 *
 * <p>Usage: {@code ArtifactCheck hpi FILE PLUGIN_JAR_NAME} or {@code ArtifactCheck jar FILE}.
 */
public final class ArtifactCheck {

    static final String STUB_MARKER = "META-INF/jenkins-api-stubs.txt";
    static final List<String> HPI_MANIFEST = List.of(
            "Group-Id",
            "Short-Name",
            "Long-Name",
            "Url",
            "Plugin-Version",
            "Jenkins-Version",
            "Hudson-Version",
            "Plugin-Dependencies");
    static final List<String> PLUGIN_JAR_MANIFEST = List.of("Short-Name", "Plugin-Version");

    private ArtifactCheck() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ArtifactCheck hpi FILE PLUGIN_JAR_NAME | ArtifactCheck jar FILE");
            System.exit(2);
        }
        Path artifact = Path.of(args[1]);
        List<String> problems =
                "hpi".equals(args[0]) ? checkHpi(artifact, args[2], stubClasses()) : checkJar(artifact, stubClasses());
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("[artifact-check] " + artifact.getFileName() + ": " + p));
            System.exit(1);
        }
        System.out.println("[artifact-check] " + artifact.getFileName() + ": no stub classes, contents as expected");
    }

    /** Entry names of every class in the stubs on this JVM's class path. */
    static Set<String> stubClasses() throws IOException {
        Set<String> classes = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path) && Files.exists(path.resolve(STUB_MARKER))) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(f -> f.toString().endsWith(".class"))
                            .forEach(f ->
                                    classes.add(path.relativize(f).toString().replace(File.separatorChar, '/')));
                }
            } else if (Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    if (jar.getEntry(STUB_MARKER) != null) {
                        jar.stream()
                                .map(ZipEntry::getName)
                                .filter(n -> n.endsWith(".class"))
                                .forEach(classes::add);
                    }
                }
            }
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("the API stubs are not on the class path: nothing to check against");
        }
        return classes;
    }

    static List<String> checkJar(Path jar, Set<String> stubs) throws IOException {
        List<String> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(jar)) {
            scan(in, "", stubs, problems, false);
        }
        return problems;
    }

    static List<String> checkHpi(Path hpi, String pluginJar, Set<String> stubs) throws IOException {
        List<String> problems = checkJar(hpi, stubs);
        try (JarFile jar = new JarFile(hpi.toFile())) {
            List<String> libs = jar.stream()
                    .map(ZipEntry::getName)
                    .filter(n -> n.startsWith("WEB-INF/lib/") && !n.endsWith("/"))
                    .toList();
            if (!libs.equals(List.of("WEB-INF/lib/" + pluginJar))) {
                problems.add("WEB-INF/lib/ must hold exactly " + pluginJar + " but holds " + libs);
            }
            Manifest manifest = jar.getManifest();
            Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
            for (String name : HPI_MANIFEST) {
                String value = main.getValue(name);
                if (value == null || value.isBlank()) {
                    problems.add("manifest has no " + name);
                }
            }
            ZipEntry inner = jar.getEntry("WEB-INF/lib/" + pluginJar);
            if (inner != null) {
                try (InputStream in = jar.getInputStream(inner)) {
                    problems.addAll(checkPluginJarManifest(in, pluginJar, main));
                }
            }
        }
        try (InputStream in = Files.newInputStream(hpi)) {
            scan(in, "", Set.of(), problems, true);
        }
        return problems;
    }

    /**
     * Jenkins' class filter trusts a plugin's classes only from jars whose own manifest names the plugin
     * ({@code ClassFilterImpl.isLocationWhitelisted}: {@code Short-Name} and {@code Plugin-Version}); maven-hpi-plugin
     * writes the plugin manifest into the inner jar too. Without it no credential of the plugin can be saved.
     */
    static List<String> checkPluginJarManifest(InputStream pluginJarBytes, String pluginJar, Attributes hpiManifest)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Manifest manifest = new JarInputStream(pluginJarBytes).getManifest();
        Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
        for (String name : PLUGIN_JAR_MANIFEST) {
            String value = main.getValue(name);
            if (value == null || value.isBlank()) {
                problems.add(pluginJar + "'s own manifest has no " + name
                        + " (Jenkins' class filter would refuse to save the plugin's credentials)");
            } else if (!value.equals(hpiManifest.getValue(name))) {
                problems.add(pluginJar + "'s own manifest says " + name + ": " + value + " but the .hpi's says "
                        + hpiManifest.getValue(name));
            }
        }
        return problems;
    }

    private static void scan(InputStream in, String outer, Set<String> stubs, List<String> problems, boolean noBc)
            throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String name = e.getName();
            if (stubs.contains(name) && !name.equals("module-info.class")) {
                problems.add("contains the stub class " + outer + name);
            }
            if (noBc && name.startsWith("org/bouncycastle/")) {
                problems.add("bundles BouncyCastle (" + outer + name + "); it comes from the bouncycastle-api plugin");
            }
            if (name.equals(STUB_MARKER)) {
                problems.add("contains the API stubs (" + outer + name + ")");
            }
            if (name.endsWith(".jar")) {
                byte[] nested = zip.readAllBytes();
                scan(new ByteArrayInputStream(nested), outer + name + "!/", stubs, problems, noBc);
            }
        }
    }
}
