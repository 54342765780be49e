package io.jenkins.plugins.azuremgmtcert.domain.xml;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A DOM parser for untrusted XML (uploaded {@code .publishsettings} files, Service Management responses).
 *
 * <p>Namespace-aware; DOCTYPE declarations are refused outright, so neither external entities (XXE) nor entity
 * expansion ("billion laughs") can happen; external DTD and schema access, XInclude and entity expansion are off and
 * {@link XMLConstants#FEATURE_SECURE_PROCESSING} is on as a second line of defence. Input over
 * its limit ({@link #MAX_INPUT_BYTES} unless the caller gives another) is refused before the parser sees it. The parser never prints to {@code System.err}. It
 * is always the JDK's built-in parser ({@link DocumentBuilderFactory#newDefaultInstance()}), whatever XML library
 * is on the class path, so every security setting above is known to be supported.
 */
public final class SecureXmlParser {

    /** The largest input accepted by default: 1 MiB, far more than any Service Management answer. */
    public static final int MAX_INPUT_BYTES = 1024 * 1024;

    /** Deeper nesting than any Azure document has; stops stack exhaustion in recursive readers. */
    private static final int MAX_DEPTH = 64;

    private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureXmlParser() {}

    /** Parses a complete document held in memory, at most {@link #MAX_INPUT_BYTES}. */
    @NonNull
    public static Document parse(@NonNull byte[] content) throws XmlParseException {
        return parse(content, MAX_INPUT_BYTES);
    }

    /** Parses a complete document held in memory, at most {@code maxBytes}. */
    @NonNull
    public static Document parse(@NonNull byte[] content, int maxBytes) throws XmlParseException {
        if (content.length > maxBytes) {
            throw new XmlParseException(
                    XmlParseException.Reason.TOO_LARGE,
                    Messages.SecureXmlParser_TooLarge(content.length, maxBytes),
                    null);
        }
        if (content.length == 0) {
            throw new XmlParseException(XmlParseException.Reason.MALFORMED, Messages.SecureXmlParser_Empty(), null);
        }
        DocumentBuilder builder = newDocumentBuilder();
        try {
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            throw translate(e, e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException e) {
            throw translate(e, 0, 0);
        } catch (IOException e) {
            throw new XmlParseException(XmlParseException.Reason.MALFORMED, Messages.SecureXmlParser_Unreadable(), e);
        }
    }

    private static XmlParseException translate(SAXException e, int line, int column) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains(DISALLOW_DOCTYPE) || detail.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
            return new XmlParseException(
                    XmlParseException.Reason.DOCTYPE_FORBIDDEN, Messages.SecureXmlParser_DoctypeForbidden(), e);
        }
        return new XmlParseException(
                XmlParseException.Reason.MALFORMED,
                line > 0 ? Messages.SecureXmlParser_Malformed(line, column) : Messages.SecureXmlParser_Unreadable(),
                e);
    }

    private static DocumentBuilder newDocumentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(MAX_ELEMENT_DEPTH, MAX_DEPTH);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(RethrowingErrorHandler.INSTANCE);
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK XML parser does not support a mandatory security feature", e);
        }
    }

    /** Turns every parser diagnostic into an exception instead of the default print to standard error. */
    private enum RethrowingErrorHandler implements ErrorHandler {
        INSTANCE;

        @Override
        public void warning(SAXParseException exception) {
            // Warnings (none occur without a DTD) are neither fatal nor printed.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
