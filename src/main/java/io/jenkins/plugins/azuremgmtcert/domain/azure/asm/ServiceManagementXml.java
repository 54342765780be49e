package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.xml.SecureXmlParser;
import io.jenkins.plugins.azuremgmtcert.domain.xml.XmlElements;
import io.jenkins.plugins.azuremgmtcert.domain.xml.XmlParseException;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

/**
 * Service Management answers read with the domain's hardened parser ({@link SecureXmlParser}: DOCTYPE refused, so no
 * entity is ever expanded; no external access; the JDK's own parser) and looked up by local name, since the live
 * service used the {@code http://schemas.microsoft.com/windowsazure} namespace and the documentation none.
 */
final class ServiceManagementXml {

    /** The live namespace; the documentation also shows it with https. */
    static final String NAMESPACE = "http://schemas.microsoft.com/windowsazure";

    private static final String NAMESPACE_HTTPS = "https://schemas.microsoft.com/windowsazure";

    private ServiceManagementXml() {}

    /** Parses a body; DOCTYPE, external entities and malformed XML all end in {@link ServiceManagementXmlException}. */
    static Document parse(byte[] body) throws ServiceManagementXmlException {
        try {
            return SecureXmlParser.parse(body);
        } catch (XmlParseException e) {
            boolean doctype = e.reason() == XmlParseException.Reason.DOCTYPE_FORBIDDEN;
            Throwable cause = e.getCause();
            String position = cause instanceof SAXParseException
                    ? position((SAXParseException) cause)
                    : e.reason().name().toLowerCase(Locale.ROOT);
            throw new ServiceManagementXmlException(position, doctype, e);
        }
    }

    private static String position(SAXParseException e) {
        return Messages.Answer_Position(e.getLineNumber(), e.getColumnNumber());
    }

    /** Whether the element is in the Service Management namespace, or in none (as in the documentation). */
    static boolean inServiceManagementNamespace(Element element) {
        String namespace = element.getNamespaceURI();
        return namespace == null || namespace.equals(NAMESPACE) || namespace.equals(NAMESPACE_HTTPS);
    }

    /** The direct child elements with the given local name, in document order. */
    static List<Element> children(Element parent, String localName) {
        return XmlElements.children(parent, localName);
    }

    /** The first direct child element with the given local name, or null. */
    static @CheckForNull Element child(@CheckForNull Element parent, String localName) {
        return parent == null ? null : XmlElements.child(parent, localName).orElse(null);
    }

    /** The trimmed text of the first child with the given local name; null if absent or empty. */
    static @CheckForNull String childText(@CheckForNull Element parent, String localName) {
        String text = parent == null ? null : XmlElements.childText(parent, localName);
        return text == null || text.isEmpty() ? null : text;
    }

    /** The local name, also for a parser that was not namespace-aware. */
    static String localName(Element element) {
        return XmlElements.localName(element);
    }
}
