package org.dossiercoder.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XML side of REFI-QDA: the two official schemas (loaded from the classpath, never from the
 * network), validation with line numbers, a secure reader into a small element tree, and an
 * indenting writer.
 *
 * <p>Every parser here has secure processing on, no DTDs and no external entities or schemas: a
 * {@code .qdc} or {@code .qdpx} comes from another tool and is untrusted input.
 */
final class QdaXml {
  /** Namespace of {@code .qdc} codebooks. */
  static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
  /** Namespace of {@code project.qde} inside a {@code .qdpx}. */
  static final String PROJECT_NS = "urn:QDA-XML:project:1.0";

  /** One of the two official schemas. */
  enum Kind {
    CODEBOOK("Codebook.xsd", CODEBOOK_NS, "CodeBook"),
    PROJECT("Project.xsd", PROJECT_NS, "Project");

    final String resource;
    final String namespace;
    final String root;
    private Schema schema;

    Kind(String resource, String namespace, String root) {
      this.resource = resource;
      this.namespace = namespace;
      this.root = root;
    }

    synchronized Schema schema() {
      if (schema == null) {
        schema = load(resource);
      }
      return schema;
    }
  }

  private QdaXml() {}

  private static Schema load(String resource) {
    URL url = QdaXml.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("schema " + resource + " missing from the classpath");
    }
    try (InputStream in = url.openStream()) {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new StreamSource(in, url.toExternalForm()));
    } catch (IOException | SAXException e) {
      throw new IllegalStateException("schema " + resource + " does not load: " + e.getMessage(), e);
    }
  }

  /** A schema violation or parse error at a line (0 when unknown). */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;

    Invalid(int line, String message, Throwable cause) {
      super(message, cause);
      this.line = line;
    }
  }

  /**
   * Validates a document against one of the schemas.
   *
   * @throws Invalid with the line and the schema's message for the first violation
   */
  static void validate(byte[] xml, Kind kind) throws Invalid {
    Validator validator = kind.schema().newValidator();
    try {
      validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("validator does not support secure processing", e);
    }
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) throws SAXException {
            throw e;
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            throw e;
          }
        });
    try {
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXParseException e) {
      throw new Invalid(Math.max(0, e.getLineNumber()), e.getMessage(), e);
    } catch (SAXException | IOException e) {
      throw new Invalid(0, e.getMessage(), e);
    }
  }

  /** An element read from a document: name, attributes, children, text and line. */
  record Element(
      String namespace, String name, Map<String, String> attributes, List<Element> children, StringBuilder text, int line) {
    /** The attribute, or null. */
    String attr(String key) {
      return attributes.get(key);
    }

    /** The direct children with a local name. */
    List<Element> all(String local) {
      return children.stream().filter(c -> c.name.equals(local)).toList();
    }

    /** The first direct child with a local name, or null. */
    Element first(String local) {
      for (Element c : children) {
        if (c.name.equals(local)) {
          return c;
        }
      }
      return null;
    }

    /** The text of the first child with a local name, or null. */
    String childText(String local) {
      Element c = first(local);
      return c == null ? null : c.text.toString();
    }
  }

  /**
   * Reads a document into an element tree, securely (no DTD, no external entities).
   *
   * @throws Invalid when it is not well-formed XML
   */
  static Element read(byte[] xml) throws Invalid {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      Deque<Element> stack = new ArrayDeque<>();
      Element root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
              attrs.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
            String ns = reader.getNamespaceURI();
            Element e = new Element(
                ns == null ? "" : ns, reader.getLocalName(), attrs, new ArrayList<>(), new StringBuilder(),
                reader.getLocation().getLineNumber());
            if (stack.isEmpty()) {
              root = e;
            } else {
              stack.peek().children().add(e);
            }
            stack.push(e);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (!stack.isEmpty()) {
              stack.peek().text().append(reader.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> stack.pop();
          case XMLStreamConstants.DTD -> throw new Invalid(
              reader.getLocation().getLineNumber(), "a DOCTYPE is not allowed in REFI-QDA files", null);
          default -> {}
        }
      }
      if (root == null) {
        throw new Invalid(0, "no root element", null);
      }
      return root;
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      // StAX prefixes "ParseError at [row,col]:[r,c]\nMessage: "; keep the message itself.
      int m = message.indexOf("Message: ");
      throw new Invalid(line, "not well-formed XML: " + (m >= 0 ? message.substring(m + 9) : message).strip(), e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release
        }
      }
    }
  }

  /** Replaces characters XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD. */
  static String xmlSafe(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      ok = c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      if (!ok && out == null) {
        out = new StringBuilder(s.length());
        out.append(s, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? s : out.toString();
  }

  /** Writes indented XML in one default namespace; text-only elements are never indented inside. */
  static final class Writer implements AutoCloseable {
    private final XMLStreamWriter w;
    private final String ns;
    private final Deque<boolean[]> open = new ArrayDeque<>();

    Writer(OutputStream out, String ns, String root, String... attrs) throws XMLStreamException {
      this.ns = ns;
      this.w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setDefaultNamespace(ns);
      indent();
      w.writeStartElement(ns, root);
      w.writeDefaultNamespace(ns);
      attributes(attrs);
      open.push(new boolean[1]);
    }

    private void indent() throws XMLStreamException {
      if (!open.isEmpty()) {
        open.peek()[0] = true;
      }
      w.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    /** Opens a child element; attributes with a null value are left out. */
    Writer start(String name, String... attrs) throws XMLStreamException {
      indent();
      w.writeStartElement(ns, name);
      attributes(attrs);
      open.push(new boolean[1]);
      return this;
    }

    /** Writes an element without content. */
    Writer empty(String name, String... attrs) throws XMLStreamException {
      indent();
      w.writeEmptyElement(ns, name);
      attributes(attrs);
      return this;
    }

    /** Writes an element holding only text. */
    Writer text(String name, String text) throws XMLStreamException {
      indent();
      w.writeStartElement(ns, name);
      w.writeCharacters(xmlSafe(text));
      w.writeEndElement();
      return this;
    }

    private void attributes(String... attrs) throws XMLStreamException {
      for (int i = 0; i + 1 < attrs.length; i += 2) {
        if (attrs[i + 1] != null) {
          // Attribute values are whitespace-normalised by readers; write them single-line.
          w.writeAttribute(attrs[i], xmlSafe(attrs[i + 1]).replaceAll("[\\t\\n]", " "));
        }
      }
    }

    /** Closes the innermost open element. */
    Writer end() throws XMLStreamException {
      boolean[] hadChildren = open.pop();
      if (hadChildren[0]) {
        w.writeCharacters("\n" + "  ".repeat(open.size()));
      }
      w.writeEndElement();
      return this;
    }

    @Override
    public void close() throws XMLStreamException {
      while (!open.isEmpty()) {
        end();
      }
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.close();
    }
  }
}
