package io.jenkins.plugins.azuremgmtcert.buildtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactCheckTest {

    @TempDir
    Path dir;

    @Test
    void findsTheStubsOnTheClassPath() throws IOException {
        Set<String> stubs = ArtifactCheck.stubClasses();
        assertTrue(stubs.contains("hudson/Extension.class"), stubs.toString());
        assertTrue(stubs.contains("org/jenkinsci/Symbol.class"), stubs.toString());
    }

    @Test
    void acceptsAnHpiWithOnlyThePluginJar() throws IOException {
        Path hpi = hpi(Map.of("WEB-INF/lib/p.jar", jar("p/Thing.class")), true);
        assertEquals(List.of(), ArtifactCheck.checkHpi(hpi, "p.jar", ArtifactCheck.stubClasses()));
    }

    @Test
    void rejectsAStubClassInsideTheNestedPluginJar() throws IOException {
        Path hpi = hpi(Map.of("WEB-INF/lib/p.jar", jar("p/Thing.class", "hudson/Extension.class")), true);
        List<String> problems = ArtifactCheck.checkHpi(hpi, "p.jar", ArtifactCheck.stubClasses());
        assertEquals(List.of("contains the stub class WEB-INF/lib/p.jar!/hudson/Extension.class"), problems);
    }

    @Test
    void rejectsBundledBouncyCastleAndExtraJars() throws IOException {
        Path hpi = hpi(
                Map.of(
                        "WEB-INF/lib/p.jar",
                        jar("p/Thing.class"),
                        "WEB-INF/lib/bcprov.jar",
                        jar("org/bouncycastle/jce/provider/BouncyCastleProvider.class")),
                true);
        List<String> problems = ArtifactCheck.checkHpi(hpi, "p.jar", ArtifactCheck.stubClasses());
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("WEB-INF/lib/ must hold exactly p.jar")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("bundles BouncyCastle")), problems.toString());
    }

    @Test
    void rejectsAnHpiWithoutThePluginManifest() throws IOException {
        Path hpi = hpi(Map.of("WEB-INF/lib/p.jar", jar("p/Thing.class")), false);
        List<String> problems = ArtifactCheck.checkHpi(hpi, "p.jar", ArtifactCheck.stubClasses());
        assertTrue(problems.contains("manifest has no Short-Name"), problems.toString());
        assertTrue(problems.contains("manifest has no Plugin-Dependencies"), problems.toString());
    }

    @Test
    void rejectsAPluginJarWithoutThePluginManifest() throws IOException {
        Path hpi = rawHpi(Map.of("WEB-INF/lib/p.jar", jar("p/Thing.class")), true);
        List<String> problems = ArtifactCheck.checkHpi(hpi, "p.jar", ArtifactCheck.stubClasses());
        assertEquals(
                List.of(
                        "p.jar's own manifest has no Short-Name (Jenkins' class filter would refuse to save the"
                                + " plugin's credentials)",
                        "p.jar's own manifest has no Plugin-Version (Jenkins' class filter would refuse to save the"
                                + " plugin's credentials)"),
                problems);
    }

    @Test
    void rejectsAPluginJarWhoseManifestNamesAnotherVersion() throws IOException {
        Manifest other = pluginManifest();
        other.getMainAttributes().putValue("Plugin-Version", "y");
        Path hpi = rawHpi(Map.of("WEB-INF/lib/p.jar", jar(other, "p/Thing.class")), true);
        assertEquals(
                List.of("p.jar's own manifest says Plugin-Version: y but the .hpi's says x"),
                ArtifactCheck.checkHpi(hpi, "p.jar", ArtifactCheck.stubClasses()));
    }

    @Test
    void rejectsAJarThatShadedTheStubs() throws IOException {
        Path cli = dir.resolve("cli.jar");
        Files.write(cli, jar("cli/Main.class", "jenkins/YesNoMaybe.class"));
        assertEquals(
                List.of("contains the stub class jenkins/YesNoMaybe.class"),
                ArtifactCheck.checkJar(cli, ArtifactCheck.stubClasses()));
    }

    /** An .hpi whose p.jar carries the plugin manifest, as maven-hpi-plugin writes it. */
    private Path hpi(Map<String, byte[]> entries, boolean withManifest) throws IOException {
        Map<String, byte[]> withPluginJarManifest = new java.util.TreeMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            withPluginJarManifest.put(
                    e.getKey(), e.getKey().equals("WEB-INF/lib/p.jar") ? rewrap(e.getValue()) : e.getValue());
        }
        return rawHpi(withPluginJarManifest, withManifest);
    }

    /** The same entries in a jar with the plugin manifest, as maven-hpi-plugin writes the inner jar. */
    private static byte[] rewrap(byte[] jar) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.jar.JarInputStream in =
                new java.util.jar.JarInputStream(new java.io.ByteArrayInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return jar(pluginManifest(), names.toArray(String[]::new));
    }

    private static Manifest pluginManifest() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        for (String name : ArtifactCheck.HPI_MANIFEST) {
            main.putValue(name, "x");
        }
        return manifest;
    }

    private Path rawHpi(Map<String, byte[]> entries, boolean withManifest) throws IOException {
        Manifest manifest = withManifest ? pluginManifest() : new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Path hpi = dir.resolve("p.hpi");
        try (OutputStream out = Files.newOutputStream(hpi);
                JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                jar.putNextEntry(new ZipEntry(e.getKey()));
                jar.write(e.getValue());
            }
        }
        return hpi;
    }

    private static byte[] jar(String... classes) throws IOException {
        return jar(null, classes);
    }

    private static byte[] jar(Manifest manifest, String... classes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar =
                manifest == null ? new JarOutputStream(bytes) : new JarOutputStream(bytes, manifest)) {
            for (String name : classes) {
                jar.putNextEntry(new ZipEntry(name));
                jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            }
        }
        return bytes.toByteArray();
    }
}
