package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The hardened parser: namespace-tolerant lookups, and no DTD, entity or XInclude processing at all. */
class ServiceManagementXmlTest {

    private static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void findsElementsByLocalNameWithOrWithoutTheNamespace() throws Exception {
        Element namespaced = ServiceManagementXml.parse(utf8("<Subscription xmlns=\"" + ServiceManagementXml.NAMESPACE
                        + "\"><SubscriptionName> A </SubscriptionName></Subscription>"))
                .getDocumentElement();
        Element plain = ServiceManagementXml.parse(
                        utf8("<Subscription><SubscriptionName>B</SubscriptionName><Empty/></Subscription>"))
                .getDocumentElement();

        assertEquals("A", ServiceManagementXml.childText(namespaced, "SubscriptionName"));
        assertEquals("B", ServiceManagementXml.childText(plain, "SubscriptionName"));
        assertNull(ServiceManagementXml.childText(plain, "Empty"));
        assertNull(ServiceManagementXml.childText(plain, "Missing"));
        assertTrue(ServiceManagementXml.inServiceManagementNamespace(namespaced));
        assertTrue(ServiceManagementXml.inServiceManagementNamespace(plain));
    }

    @Test
    void refusesInternalEntityExpansionBombs() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<Subscription><SubscriptionName>&lol3;</SubscriptionName></Subscription>";

        ServiceManagementXmlException e =
                assertThrows(ServiceManagementXmlException.class, () -> ServiceManagementXml.parse(utf8(bomb)));

        assertTrue(e.declaresDoctype());
    }

    @Test
    void refusesExternalEntitiesWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret"), "MARKER-91c2");
        String xxe = "<!DOCTYPE Subscription [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Subscription><SubscriptionName>&xxe;</SubscriptionName></Subscription>";

        ServiceManagementXmlException e =
                assertThrows(ServiceManagementXmlException.class, () -> ServiceManagementXml.parse(utf8(xxe)));

        assertTrue(e.declaresDoctype());
        assertFalse(String.valueOf(e.getMessage()).contains("MARKER"));
    }

    @Test
    void doesNotProcessXInclude(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("included"), "MARKER-4d1e");
        String xml = "<Subscription xmlns:xi=\"http://www.w3.org/2001/XInclude\"><SubscriptionName>"
                + "<xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/></SubscriptionName></Subscription>";

        Element root = ServiceManagementXml.parse(utf8(xml)).getDocumentElement();

        assertFalse(root.getTextContent().contains("MARKER"));
    }

    @Test
    void reportsMalformedXmlWithItsPositionOnly() {
        ServiceManagementXmlException e = assertThrows(
                ServiceManagementXmlException.class,
                () -> ServiceManagementXml.parse(utf8("<Subscription><SubscriptionName>cut")));

        assertFalse(e.declaresDoctype());
        assertTrue(e.getMessage().startsWith("line 1, column"), e.getMessage());
    }

    @Test
    void refusesAnEmptyBody() {
        assertThrows(ServiceManagementXmlException.class, () -> ServiceManagementXml.parse(new byte[0]));
    }
}
