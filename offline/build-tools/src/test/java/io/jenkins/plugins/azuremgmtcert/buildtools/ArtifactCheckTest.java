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
    void rejectsAJarThatShadedTheStubs() throws IOException {
        Path cli = dir.resolve("cli.jar");
        Files.write(cli, jar("cli/Main.class", "jenkins/YesNoMaybe.class"));
        assertEquals(
                List.of("contains the stub class jenkins/YesNoMaybe.class"),
                ArtifactCheck.checkJar(cli, ArtifactCheck.stubClasses()));
    }

    private Path hpi(Map<String, byte[]> entries, boolean withManifest) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (withManifest) {
            for (String name : ArtifactCheck.HPI_MANIFEST) {
                main.putValue(name, "x");
            }
        }
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            for (String name : classes) {
                jar.putNextEntry(new ZipEntry(name));
                jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            }
        }
        return bytes.toByteArray();
    }
}
