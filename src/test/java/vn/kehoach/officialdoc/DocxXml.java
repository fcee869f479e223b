package vn.kehoach.officialdoc;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

/** The XML parts of a .docx, read directly (not through POI), with XPath over the WordprocessingML namespace. */
public final class DocxXml {

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final Map<String, Document> parts = new LinkedHashMap<>();
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    public DocxXml(byte[] docx) {
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "w".equals(prefix) ? W : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return W.equals(namespaceURI) ? "w" : null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return List.of("w").iterator();
            }
        });
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xml")) {
                    parts.put(entry.getName(), factory.newDocumentBuilder()
                            .parse(new ByteArrayInputStream(zip.readAllBytes())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("not a readable docx", e);
        }
    }

    public Document part(String name) {
        Document part = parts.get(name);
        if (part == null) throw new IllegalArgumentException("no part " + name + " in " + parts.keySet());
        return part;
    }

    /** The parts whose name starts with the prefix ("word/header"). */
    public List<Document> parts(String prefix) {
        List<Document> found = new ArrayList<>();
        parts.forEach((name, document) -> {
            if (name.startsWith(prefix)) found.add(document);
        });
        return found;
    }

    public List<Element> all(Node context, String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, context, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>(nodes.getLength());
            for (int i = 0; i < nodes.getLength(); i++) elements.add((Element) nodes.item(i));
            return elements;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    public Element one(Node context, String expression) {
        List<Element> found = all(context, expression);
        if (found.size() != 1) throw new AssertionError(found.size() + " matches for " + expression);
        return found.get(0);
    }

    public String text(Node context, String expression) {
        try {
            return xpath.evaluate(expression, context);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The text of a paragraph or any element: its w:t contents joined. */
    public String textOf(Node element) {
        StringBuilder out = new StringBuilder();
        all(element, ".//w:t").forEach(t -> out.append(t.getTextContent()));
        return out.toString();
    }

    public static String attribute(Element element, String localName) {
        return element.getAttributeNS(W, localName);
    }
}
