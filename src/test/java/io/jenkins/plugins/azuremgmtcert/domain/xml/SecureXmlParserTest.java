package io.jenkins.plugins.azuremgmtcert.domain.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SecureXmlParserTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsElementsAndAttributesByLocalNameWithOrWithoutNamespace() throws Exception {
        Document document = SecureXmlParser.parse(
                utf8("<HostedServices xmlns='http://schemas.microsoft.com/windowsazure' xmlns:x='urn:x'>"
                        + "<HostedService x:Kind='web'><ServiceName> alpha </ServiceName></HostedService>"
                        + "<HostedService><ServiceName>beta</ServiceName></HostedService></HostedServices>"));
        Element root = document.getDocumentElement();
        List<Element> services = XmlElements.children(root, "HostedService");
        assertEquals(2, services.size());
        assertEquals("alpha", XmlElements.childText(services.get(0), "ServiceName"));
        assertEquals("web", XmlElements.attribute(services.get(0), "Kind"));
        assertNull(XmlElements.attribute(services.get(1), "Kind"));
        assertNull(XmlElements.childText(services.get(1), "Missing"));
        assertTrue(XmlElements.containsElement(root, "ServiceName"));
        assertFalse(XmlElements.containsElement(root, "servicename"));
    }

    @Test
    void refusesExternalEntityWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        byte[] xxe =
                utf8("<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM '" + secret.toUri() + "'>]>" + "<r>&x;</r>");
        XmlParseException e = assertThrows(XmlParseException.class, () -> SecureXmlParser.parse(xxe));
        assertEquals(XmlParseException.Reason.DOCTYPE_FORBIDDEN, e.reason());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    void refusesEntityExpansionBomb() {
        byte[] bomb = utf8("<!DOCTYPE lolz [<!ENTITY lol 'lol'><!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;'>"
                + "<!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;'>]><lolz>&lol3;</lolz>");
        XmlParseException e = assertThrows(XmlParseException.class, () -> SecureXmlParser.parse(bomb));
        assertEquals(XmlParseException.Reason.DOCTYPE_FORBIDDEN, e.reason());
    }

    @Test
    void leavesXIncludeUnresolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("included.xml");
        Files.writeString(secret, "<leak>TOP-SECRET-CONTENT</leak>");
        Document document = SecureXmlParser.parse(utf8(
                "<r xmlns:xi='http://www.w3.org/2001/XInclude'>" + "<xi:include href='" + secret.toUri() + "'/></r>"));
        assertFalse(document.getDocumentElement().getTextContent().contains("TOP-SECRET"));
        assertFalse(XmlElements.containsElement(document.getDocumentElement(), "leak"));
    }

    @Test
    void refusesInputOverOneMebibyteBeforeParsing() {
        byte[] large = new byte[SecureXmlParser.MAX_INPUT_BYTES + 1];
        XmlParseException e = assertThrows(XmlParseException.class, () -> SecureXmlParser.parse(large));
        assertEquals(XmlParseException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("at most"), e.getMessage());
    }

    @Test
    void acceptsWellFormedInputOfExactlyOneMebibyte() throws Exception {
        String prefix = "<r>";
        String suffix = "</r>";
        String padding = "x".repeat(SecureXmlParser.MAX_INPUT_BYTES - prefix.length() - suffix.length());
        byte[] content = utf8(prefix + padding + suffix);
        assertEquals(SecureXmlParser.MAX_INPUT_BYTES, content.length);
        assertEquals("r", SecureXmlParser.parse(content).getDocumentElement().getTagName());
    }

    @Test
    void reportsBinaryInputAsMalformedWithPositionAndPrintsNothing() {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            byte[] binary = {0x30, (byte) 0x82, 0x0a, 0x01, 0x02, 0x01, 0x03};
            XmlParseException e = assertThrows(XmlParseException.class, () -> SecureXmlParser.parse(binary));
            assertEquals(XmlParseException.Reason.MALFORMED, e.reason());
            assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        } finally {
            System.setErr(originalErr);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void reportsUnclosedElementAsMalformed() {
        XmlParseException e = assertThrows(XmlParseException.class, () -> SecureXmlParser.parse(utf8("<a><b></a>")));
        assertEquals(XmlParseException.Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().startsWith("The input is not well-formed XML"), e.getMessage());
    }

    @Test
    void reportsEmptyInput() {
        XmlParseException e = assertThrows(XmlParseException.class, () -> SecureXmlParser.parse(new byte[0]));
        assertEquals(XmlParseException.Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void refusesAbsurdlyDeepNesting() {
        byte[] deep = utf8("<a>".repeat(10_000) + "</a>".repeat(10_000));
        XmlParseException e = assertThrows(XmlParseException.class, () -> SecureXmlParser.parse(deep));
        assertEquals(XmlParseException.Reason.MALFORMED, e.reason());
    }
}
