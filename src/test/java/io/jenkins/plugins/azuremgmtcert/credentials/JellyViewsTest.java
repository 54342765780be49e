package io.jenkins.plugins.azuremgmtcert.credentials;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every Jelly view of the plugin (all of {@code src/main/resources}): well-formed XML that escapes by default; every
 * {@code field} backed by a getter and by a {@code @DataBoundConstructor} parameter or {@code @DataBoundSetter}, with a
 * {@code help-<field>.html} next to the view; every {@code ${%key}} present in the view's properties file.
 */
class JellyViewsTest {
    private static final Path RESOURCES = Path.of(System.getProperty("project.root", "."), "src/main/resources");
    private static final Pattern LOCALISED = Pattern.compile("\\$\\{%([^}(]+)");
    private static final Pattern WEB_METHOD_LINK = Pattern.compile("href=\"([^\"]*descriptor[^\"]*)\"");

    @Test
    void everyViewIsWellFormedBackedByItsClassAndLocalised() throws Exception {
        List<Path> views;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            views = files.filter(p -> p.toString().endsWith(".jelly")).toList();
        }
        assertFalse(views.isEmpty(), "no Jelly view under " + RESOURCES.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (Path view : views) {
            check(view, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Links to the descriptor's web methods go through the page's own context ({@code descriptorFullUrl}, as
     * {@code f:validateButton} does), so that for a folder's or a user's credential the {@code @ContextInPath} context
     * is that folder or user: from the root URL the look-up searches Jenkins' own stores and checks the permission
     * there.
     */
    @Test
    void webMethodLinksKeepTheFolderContext() throws Exception {
        List<Path> views;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            views = files.filter(p -> p.toString().endsWith(".jelly")).toList();
        }
        List<String> problems = new ArrayList<>();
        for (Path view : views) {
            Matcher link = WEB_METHOD_LINK.matcher(Files.readString(view, StandardCharsets.UTF_8));
            while (link.find()) {
                if (!link.group(1).startsWith("${descriptor.descriptorFullUrl}/")) {
                    problems.add(RESOURCES.relativize(view) + ": " + link.group(1));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(Path view, List<String> problems) throws Exception {
        String name = RESOURCES.relativize(view).toString();
        String text = Files.readString(view, StandardCharsets.UTF_8);
        if (!text.contains("<?jelly escape-by-default='true'?>")) {
            problems.add(name + ": does not start with <?jelly escape-by-default='true'?>");
        }
        Document document;
        try {
            document = parser().parse(view.toFile());
        } catch (org.xml.sax.SAXException e) {
            problems.add(name + ": not well-formed XML: " + e.getMessage());
            return;
        }
        Class<?> owner = owner(view);
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String field = ((Element) all.item(i)).getAttribute("field");
            if (field.isEmpty() || owner == null) {
                continue;
            }
            if (!hasGetter(owner, field)) {
                problems.add(name + ": field " + field + " has no getter in " + owner.getName());
            }
            if (!isBindable(owner, field)) {
                problems.add(name + ": field " + field + " is neither a constructor parameter nor a setter of "
                        + owner.getName());
            }
            if (!Files.exists(view.resolveSibling("help-" + field + ".html"))) {
                problems.add(name + ": no help-" + field + ".html");
            }
        }
        Properties properties = properties(view);
        Matcher keys = LOCALISED.matcher(text);
        while (keys.find()) {
            if (!properties.containsKey(keys.group(1).trim())) {
                problems.add(name + ": ${%" + keys.group(1) + "} missing from its .properties");
            }
        }
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder();
    }

    /** The class a view belongs to: its folder, as a class name (nested classes as folders too), or null. */
    private static Class<?> owner(Path view) {
        String folder = RESOURCES.relativize(view.getParent()).toString().replace('\\', '/');
        String className = folder.replace('/', '.');
        while (true) {
            try {
                return Class.forName(className, false, JellyViewsTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                int dot = className.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                className = className.substring(0, dot) + "$" + className.substring(dot + 1);
                if (className.indexOf('.') < 0) {
                    return null;
                }
            }
        }
    }

    private static boolean hasGetter(Class<?> owner, String field) {
        String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (Method m : owner.getMethods()) {
            boolean named = m.getName().equals("get" + suffix) || m.getName().equals("is" + suffix);
            if (m.getParameterCount() == 0 && named) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBindable(Class<?> owner, String field) {
        for (Constructor<?> c : owner.getConstructors()) {
            if (c.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter p : c.getParameters()) {
                    if (p.getName().equals(field)) {
                        return true;
                    }
                }
            }
        }
        String setter = "set" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (Method m : owner.getMethods()) {
            if (m.getName().equals(setter)
                    && m.getParameterCount() == 1
                    && Modifier.isPublic(m.getModifiers())
                    && m.isAnnotationPresent(DataBoundSetter.class)) {
                return true;
            }
        }
        return false;
    }

    private static Properties properties(Path view) throws IOException {
        Properties properties = new Properties();
        String base = view.getFileName().toString().replaceFirst("\\.jelly$", ".properties");
        Path file = view.resolveSibling(base);
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        return properties;
    }
}
