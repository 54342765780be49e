package io.jenkins.plugins.azuremgmtcert.buildtools;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the index that {@code org.jvnet.hudson.annotation_indexer.Index.list} reads: for every annotation that is
 * meta-annotated {@code @org.jvnet.hudson.annotation_indexer.Indexed} (such as {@code @org.jenkinsci.Symbol}), the
 * resource {@code META-INF/services/annotations/<annotation binary name>} lists, one per line and sorted, the binary
 * names of the classes that carry it (the enclosing class for a field, method or constructor). Without this index
 * structs cannot resolve {@code @Symbol} names, so Pipeline and configuration-as-code would not find the plugin's
 * descriptors.
 *
 * <p>The real processor ships in annotation-indexer, which cannot be resolved from Maven Central; this one is used by
 * the offline build only and writes the same format.
 */
@SupportedAnnotationTypes("*")
public final class IndexedAnnotationProcessor extends AbstractProcessor {

    static final String INDEXED = "org.jvnet.hudson.annotation_indexer.Indexed";
    static final String PREFIX = "META-INF/services/annotations/";

    private final Map<String, Set<String>> uses = new TreeMap<>();
    private final Map<String, List<Element>> origins = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latest();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.errorRaised()) {
            return false;
        }
        if (round.processingOver()) {
            uses.forEach(this::write);
            return false;
        }
        for (TypeElement annotation : annotations) {
            if (!isIndexed(annotation)) {
                continue;
            }
            String name =
                    processingEnv.getElementUtils().getBinaryName(annotation).toString();
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                TypeElement type = owningType(element);
                if (type != null) {
                    uses.computeIfAbsent(name, this::existing)
                            .add(processingEnv
                                    .getElementUtils()
                                    .getBinaryName(type)
                                    .toString());
                    origins.computeIfAbsent(name, n -> new ArrayList<>()).add(element);
                }
            }
        }
        return false;
    }

    private static boolean isIndexed(TypeElement annotation) {
        for (AnnotationMirror meta : annotation.getAnnotationMirrors()) {
            Element type = meta.getAnnotationType().asElement();
            if (type instanceof TypeElement t && t.getQualifiedName().contentEquals(INDEXED)) {
                return true;
            }
        }
        return false;
    }

    private static TypeElement owningType(Element element) {
        if (element.getKind().isClass() || element.getKind().isInterface()) {
            return (TypeElement) element;
        }
        if (element.getKind() == ElementKind.METHOD
                || element.getKind() == ElementKind.FIELD
                || element.getKind() == ElementKind.CONSTRUCTOR) {
            return (TypeElement) element.getEnclosingElement();
        }
        return null;
    }

    /** Entries already in the output folder, so that an incremental compilation keeps the classes it did not see. */
    private Set<String> existing(String annotation) {
        Set<String> names = new TreeSet<>();
        try {
            FileObject in =
                    processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", PREFIX + annotation);
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in.openInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(names::add);
            }
        } catch (FileNotFoundException | NoSuchFileException e) {
            // first compilation
        } catch (IOException e) {
            processingEnv
                    .getMessager()
                    .printMessage(Diagnostic.Kind.WARNING, "Cannot read " + PREFIX + annotation + ": " + e);
        }
        return names;
    }

    private void write(String annotation, Set<String> classes) {
        try {
            FileObject out = processingEnv
                    .getFiler()
                    .createResource(
                            StandardLocation.CLASS_OUTPUT,
                            "",
                            PREFIX + annotation,
                            origins.get(annotation).toArray(new Element[0]));
            try (Writer writer = new OutputStreamWriter(out.openOutputStream(), StandardCharsets.UTF_8)) {
                for (String name : classes) {
                    writer.write(name);
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            processingEnv
                    .getMessager()
                    .printMessage(Diagnostic.Kind.ERROR, "Cannot write " + PREFIX + annotation + ": " + e);
        }
    }
}
