package io.jenkins.plugins.azuremgmtcert.buildtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.Extension;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a small plugin-like class the way the offline build compiles the plugin (stubs, SezPoz and this module's
 * processor on the class path, {@code -parameters}) and checks that what Jenkins reads comes out as in the real build:
 * the SezPoz index of {@code @Extension}, the {@code @Symbol} index, and constructor parameter names.
 */
class OfflineToolchainTest {

    private static final String THING = """
            package fixture;

            import hudson.Extension;
            import org.jenkinsci.Symbol;

            public class Thing {
                public Thing(String credentialsId, int timeoutSeconds) {}

                @Extension(ordinal = 2)
                @Symbol("fixtureThing")
                public static class DescriptorImpl {
                    public DescriptorImpl() {}
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void writesExtensionAndSymbolIndexesAndParameterNames() throws Exception {
        Path classes = compile(THING, true);

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            List<String> extensions = new ArrayList<>();
            for (IndexItem<Extension, Object> item : Index.load(Extension.class, Object.class, loader)) {
                extensions.add(
                        item.className() + " ordinal=" + item.annotation().ordinal());
            }
            assertEquals(List.of("fixture.Thing$DescriptorImpl ordinal=2.0"), extensions);

            Path symbols = classes.resolve("META-INF/services/annotations/org.jenkinsci.Symbol");
            assertEquals(List.of("fixture.Thing$DescriptorImpl"), Files.readAllLines(symbols, StandardCharsets.UTF_8));

            Constructor<?> constructor = loader.loadClass("fixture.Thing").getConstructor(String.class, int.class);
            assertEquals(
                    List.of("credentialsId", "timeoutSeconds"),
                    Arrays.stream(constructor.getParameters())
                            .map(Parameter::getName)
                            .toList());
        }
    }

    @Test
    void sezpozEnforcesTheRealRulesOnExtensions() throws Exception {
        String nonStatic = THING.replace("public static class DescriptorImpl", "public class DescriptorImpl");
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac(nonStatic, true, diagnostics);
        assertFalse(ok, "an @Extension on a non-static nested class must not compile");
        assertTrue(diagnostics.toString().contains("static"), diagnostics.toString());
    }

    @Test
    void withoutTheProcessorsNoIndexIsWritten() throws Exception {
        Path classes = compile(THING, false);
        assertFalse(Files.exists(classes.resolve("META-INF/annotations/hudson.Extension")));
        assertFalse(Files.exists(classes.resolve("META-INF/services/annotations/org.jenkinsci.Symbol")));
    }

    private Path compile(String source, boolean processors) throws IOException {
        StringWriter diagnostics = new StringWriter();
        assertTrue(javac(source, processors, diagnostics), diagnostics.toString());
        return dir.resolve("classes");
    }

    private boolean javac(String source, boolean processors, StringWriter diagnostics) throws IOException {
        Path src = dir.resolve("src/fixture/Thing.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classPath = System.getProperty("java.class.path");
        List<String> args = new ArrayList<>(
                List.of("-d", classes.toString(), "-classpath", classPath, "-parameters", "--release", "17"));
        if (processors) {
            args.addAll(List.of("-processorpath", classPath));
            if (Runtime.version().feature() >= 21) {
                args.add("-proc:full");
            }
        } else {
            args.add("-proc:none");
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        return javac.getTask(
                        diagnostics,
                        null,
                        null,
                        args,
                        null,
                        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                .getJavaFileObjects(src.toFile()))
                .call();
    }
}
