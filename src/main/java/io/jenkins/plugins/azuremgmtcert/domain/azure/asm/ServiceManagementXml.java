package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A hardened DOM parser for Service Management answers, and lookups by local name (the live service used the
 * {@code http://schemas.microsoft.com/windowsazure} namespace, the documentation none). DOCTYPE declarations are
 * refused outright, so no entity, internal or external, is ever expanded; external DTD and schema access is off and
 * secure processing on. To be unified with {@code domain.xml.SecureXmlParser} once that exists.
 */
final class ServiceManagementXml {

    /** The live namespace; the documentation also shows it with https. */
    static final String NAMESPACE = "http://schemas.microsoft.com/windowsazure";

    private static final String NAMESPACE_HTTPS = "https://schemas.microsoft.com/windowsazure";

    private ServiceManagementXml() {}

    /** Parses a body; DOCTYPE, external entities and malformed XML all end in {@link ServiceManagementXmlException}. */
    static Document parse(byte[] body) throws ServiceManagementXmlException {
        boolean doctype = declaresDoctype(body);
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new FailingErrorHandler());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (SAXParseException e) {
            throw new ServiceManagementXmlException(
                    "line " + e.getLineNumber() + ", column " + e.getColumnNumber(), doctype, e);
        } catch (SAXException | IOException e) {
            throw new ServiceManagementXmlException("unreadable XML", doctype, e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        }
    }

    /** Whether the element is in the Service Management namespace, or in none (as in the documentation). */
    static boolean inServiceManagementNamespace(Element element) {
        String namespace = element.getNamespaceURI();
        return namespace == null || namespace.equals(NAMESPACE) || namespace.equals(NAMESPACE_HTTPS);
    }

    /** The direct child elements with the given local name, in document order. */
    static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && localName.equals(localName((Element) node))) {
                result.add((Element) node);
            }
        }
        return result;
    }

    /** The first direct child element with the given local name, or null. */
    static @CheckForNull Element child(@CheckForNull Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The trimmed text of the first child with the given local name; null if absent or empty. */
    static @CheckForNull String childText(@CheckForNull Element parent, String localName) {
        Element child = child(parent, localName);
        if (child == null) {
            return null;
        }
        String text = child.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }

    /** The local name, also for a parser that was not namespace-aware. */
    static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static boolean declaresDoctype(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
        return head.toUpperCase(Locale.ROOT).contains("<!DOCTYPE");
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (IllegalArgumentException e) {
            // A parser without JAXP 1.5 properties; the features above already refuse DTDs and external entities.
        }
        return factory;
    }

    /** Turns every warning and error into a failure, and keeps the parser from printing to stderr. */
    private static final class FailingErrorHandler implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
            // Warnings do not make a body unusable.
        }

        @Override
        public void error(SAXParseException exception) throws SAXParseException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            throw exception;
        }
    }
}
