package io.jenkins.plugins.azuremgmtcert.domain.xml;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads DOM elements and attributes by local name, whatever namespace (or none) the producer used. Azure's XML comes
 * with and without {@code xmlns="http://schemas.microsoft.com/windowsazure"}; the names are what matter.
 */
public final class XmlElements {

    private XmlElements() {}

    /** The local name of an element, also for documents parsed without namespace awareness. */
    @NonNull
    public static String localName(@NonNull Node node) {
        String local = node.getLocalName();
        return local != null ? local : node.getNodeName();
    }

    /** The direct child elements with this local name (case-sensitive), in document order. */
    @NonNull
    public static List<Element> children(@NonNull Element parent, @NonNull String localName) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && localName.equals(localName(child))) {
                result.add((Element) child);
            }
        }
        return result;
    }

    /** The first direct child element with this local name. */
    @NonNull
    public static Optional<Element> child(@NonNull Element parent, @NonNull String localName) {
        List<Element> matches = children(parent, localName);
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    /** The trimmed text content of the first direct child with this local name, or {@code null} if there is none. */
    @CheckForNull
    public static String childText(@NonNull Element parent, @NonNull String localName) {
        return child(parent, localName).map(e -> e.getTextContent().trim()).orElse(null);
    }

    /**
     * The value of the attribute with this local name (case-sensitive) in any namespace, or {@code null} if the
     * element has none. An attribute that is present but empty returns {@code ""}.
     */
    @CheckForNull
    public static String attribute(@NonNull Element element, @NonNull String localName) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (localName.equals(localName(attribute))) {
                return attribute.getValue();
            }
        }
        return null;
    }

    /** Whether the element or any descendant has this local name, in any namespace. */
    public static boolean containsElement(@NonNull Element root, @NonNull String localName) {
        return localName.equals(localName(root))
                || root.getElementsByTagNameNS("*", localName).getLength() > 0;
    }
}
