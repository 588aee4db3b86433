package dev.polybridge.graal.internal.lang.python;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.graalvm.polyglot.HostAccess;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.Attributes2;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The Java half of Polybridge's {@code pyexpat} shim: parses a whole document with the JDK's SAX
 * parser and answers its events as one string, which the shim turns into expat's handler calls. One
 * crossing per document, not one per event.
 *
 * <p>The parser reads nothing but the text it is given: no external DTD, no external entity, no
 * file or network access of any kind (an entity resolver answers every request with nothing), and
 * the JDK's secure-processing limits stop entity expansion (the "billion laughs"), which becomes
 * expat's "limit on input amplification factor" error.
 *
 * <p>The event string: records, each a type letter and its fields, every field ended by {@code \0}
 * (a character no XML document can contain): see {@link Events}. The last record is {@code "!"}
 * (done) or {@code "X"} (error: code, line, column).
 *
 * <p>Thread-safety: stateless; safe from any thread.
 */
public final class ExpatBackend {
  /** JDK 17's secure-processing limits, set explicitly (name, value). */
  private static final String[][] LIMITS = {
    {"entityExpansionLimit", "64000"},
    {"totalEntitySizeLimit", "50000000"},
    {"maxGeneralEntitySizeLimit", "0"},
    {"maxParameterEntitySizeLimit", "1000000"},
    {"maxElementDepth", "0"},
    {"maxXMLNameLimit", "1000"},
    {"entityReplacementLimit", "3000000"},
  };

  private static final SAXParserFactory NAMESPACES = factory(true);
  private static final SAXParserFactory PLAIN = factory(false);

  ExpatBackend() {}

  private static SAXParserFactory factory(boolean namespaces) {
    SAXParserFactory f = SAXParserFactory.newDefaultInstance();
    f.setNamespaceAware(namespaces);
    f.setValidating(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
    return f;
  }

  /**
   * Parses a document.
   *
   * @param text the document: characters when {@code isText}, else bytes as latin-1 characters
   * @param isText whether {@code text} holds characters (a Python {@code str}) or bytes
   * @param encoding the encoding that overrides the document's declaration, or null
   * @param namespaces whether names are split into namespace and local name (expat's {@code
   *     namespace_separator})
   */
  @HostAccess.Export
  public String parse(String text, boolean isText, String encoding, boolean namespaces) {
    Events events = new Events(namespaces);
    try {
      XMLReader reader = (namespaces ? NAMESPACES : PLAIN).newSAXParser().getXMLReader();
      configure(reader, events, namespaces);
      InputSource source;
      if (isText) {
        source = new InputSource(new StringReader(text));
      } else {
        source =
            new InputSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
        if (encoding != null) {
          source.setEncoding(encoding);
        }
      }
      reader.parse(source);
      events.flushText();
      events.out.append('!');
    } catch (SAXParseException e) {
      int code = ExpatErrors.code(e.getMessage());
      if (code == ExpatErrors.NO_ELEMENTS
          && (events.inCdata || text.lastIndexOf("<![CDATA[") > text.lastIndexOf("]]>"))) {
        code = ExpatErrors.UNCLOSED_CDATA_SECTION;
      }
      int[] at =
          ExpatErrors.position(
              code,
              e.getMessage(),
              text,
              isText,
              e.getLineNumber(),
              e.getColumnNumber() - 1,
              events.lastReference);
      events.error(code, at[0], at[1]);
    } catch (SAXException | ParserConfigurationException | java.io.IOException e) {
      events.error(
          ExpatErrors.code(String.valueOf(e.getMessage())), events.line(), events.column());
    } catch (RuntimeException e) {
      // The JDK's parser reports some malformed input (a bad encoding) as an unchecked exception.
      events.error(
          ExpatErrors.code(String.valueOf(e.getMessage())), events.line(), events.column());
    }
    return events.out.toString();
  }

  private static void configure(XMLReader reader, Events events, boolean namespaces)
      throws SAXException {
    reader.setContentHandler(events);
    reader.setDTDHandler(events);
    reader.setErrorHandler(events);
    reader.setEntityResolver(events);
    reader.setProperty("http://xml.org/sax/properties/lexical-handler", events);
    reader.setProperty("http://xml.org/sax/properties/declaration-handler", events);
    reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    reader.setFeature("http://xml.org/sax/features/namespace-prefixes", !namespaces);
    // The same limits on every JDK: JDK 24 lowered its defaults (an element depth of 100, 2,500
    // entity expansions), which would refuse documents expat and JDK 17 read. Expansion stays
    // limited, so a "billion laughs" still fails; depth is not, as in expat.
    for (String[] limit : LIMITS) {
      try {
        reader.setProperty("http://www.oracle.com/xml/jaxp/properties/" + limit[0], limit[1]);
      } catch (SAXException e) {
        // A JDK without this limit.
      }
    }
    setOptional(reader, "http://xml.org/sax/features/resolve-dtd-uris", false);
    setOptional(reader, "http://apache.org/xml/features/scanner/notify-char-refs", true);
    setOptional(reader, "http://apache.org/xml/features/scanner/notify-builtin-refs", true);
    try {
      reader.setProperty("http://apache.org/xml/properties/locale", Locale.ROOT);
    } catch (SAXException e) {
      // Messages in the JVM's language then; the error codes come out the same for English only.
    }
  }

  private static void setOptional(XMLReader reader, String feature, boolean value) {
    try {
      reader.setFeature(feature, value);
    } catch (SAXException e) {
      // Not this parser's feature: the default is close enough.
    }
  }

  /** Collects the parser's events into the string the shim reads. */
  static final class Events extends DefaultHandler implements LexicalHandler, DeclHandler {
    final StringBuilder out = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private final boolean namespaces;
    private final Map<String, String[]> externalEntities = new HashMap<>();
    private Locator locator;
    private int textLine = 1;
    private int textColumn;
    boolean started;
    private int entityDepth;

    /** Replacement texts of internal entities, by name ("%name" for parameter entities). */
    private final Map<String, String> internalEntities = new HashMap<>();

    /** Characters of a plain-text internal entity still to come in its expansion, or -1. */
    private int entityRemaining = -1;

    /** Where the outermost entity reference being expanded starts: line, column; or null. */
    int[] lastReference;

    /** The locator's place at the last event in the document itself (not in an entity). */
    private int mainLine = 1;

    private int mainColumn;

    private void seen() {
      if (entityDepth == 0 && locator != null) {
        mainLine = line();
        mainColumn = column();
      }
    }

    Events(boolean namespaces) {
      this.namespaces = namespaces;
    }

    int line() {
      return locator == null ? 1 : locator.getLineNumber();
    }

    int column() {
      return locator == null ? 0 : Math.max(0, locator.getColumnNumber() - 1);
    }

    private Events field(String s) {
      out.append(s == null ? "\u0001" : s).append('\0');
      return this;
    }

    private Events field(int n) {
      return field(Integer.toString(n));
    }

    private void record(char type) {
      flushText();
      seen();
      out.append(type);
      field(line()).field(column());
    }

    void flushText() {
      if (text.length() > 0) {
        out.append('T');
        field(textLine).field(textColumn).field(text.toString());
        text.setLength(0);
      }
    }

    /**
     * @param column 0-based, as expat counts
     */
    void error(int code, int line, int column) {
      flushText();
      out.append('X');
      field(code).field(line).field(Math.max(0, column));
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      return new InputSource(new StringReader("")); // never read anything from outside
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
      record('N');
      field(prefix.isEmpty() ? null : prefix).field(uri.isEmpty() ? null : uri);
    }

    @Override
    public void endPrefixMapping(String prefix) {
      record('n');
      field(prefix.isEmpty() ? null : prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      started = true;
      record('S');
      field(uri).field(localName).field(qName).field(attributes.getLength());
      Attributes2 a2 = attributes instanceof Attributes2 a ? a : null;
      for (int i = 0; i < attributes.getLength(); i++) {
        field(attributes.getURI(i))
            .field(attributes.getLocalName(i))
            .field(attributes.getQName(i))
            .field(attributes.getValue(i))
            .field(a2 == null || a2.isSpecified(i) ? "1" : "0");
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      record('E');
      field(uri).field(localName).field(qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      // One record per call: the JDK's parser splits text where expat does (at character and
      // entity references); the shim splits at newlines, as expat also does.
      if (length == 0) {
        return;
      }
      if (entityRemaining >= 0) {
        // The JDK's parser hands an internal entity's text and what follows it in one call.
        int n = Math.min(length, entityRemaining);
        entityRemaining = n < entityRemaining ? entityRemaining - n : -1;
        if (n > 0) {
          textRecord(ch, start, n);
        }
        start += n;
        length -= n;
        if (length == 0) {
          return;
        }
      }
      textRecord(ch, start, length);
    }

    private void textRecord(char[] ch, int start, int length) {
      flushText();
      textLine = line();
      textColumn = column();
      text.append(ch, start, length);
      seen();
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) {
      record('P');
      field(target).field(data);
    }

    @Override
    public void skippedEntity(String name) {
      flushText();
      out.append('K');
      // expat reports the reference where it starts; the JDK's locator is past its ';'.
      field(line()).field(Math.max(0, column() - name.length() - 2));
      boolean parameter = name.startsWith("%");
      String bare = parameter ? name.substring(1) : name;
      String[] ids = externalEntities.get(name);
      field(bare).field(parameter ? 1 : 0);
      field(ids == null ? null : ids[0]).field(ids == null ? null : ids[1]);
    }

    @Override
    public void comment(char[] ch, int start, int length) {
      record('C');
      field(new String(ch, start, length));
    }

    /** Whether a CDATA section is open: its end missing is expat's "unclosed CDATA section". */
    boolean inCdata;

    @Override
    public void startCDATA() {
      record('[');
      inCdata = true;
    }

    @Override
    public void endCDATA() {
      record(']');
      inCdata = false;
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
      record('D');
      field(name).field(systemId).field(publicId);
    }

    @Override
    public void endDTD() {
      record('d');
    }

    @Override
    public void startEntity(String name) {
      flushText(); // expat reports an entity's or a reference's text separately
      if (entityDepth == 0 && !name.startsWith("[")) {
        lastReference = new int[] {mainLine, mainColumn};
      }
      String value = internalEntities.get(name);
      entityRemaining =
          value != null && value.indexOf('&') < 0 && value.indexOf('<') < 0 ? value.length() : -1;
      entityDepth++;
    }

    @Override
    public void endEntity(String name) {
      flushText();
      entityDepth--;
    }

    @Override
    public void elementDecl(String name, String model) {
      record('L');
      field(name).field(model);
    }

    @Override
    public void attributeDecl(String eName, String aName, String type, String mode, String value) {
      record('A');
      field(eName).field(aName).field(type).field(mode).field(value);
    }

    @Override
    public void internalEntityDecl(String name, String value) {
      internalEntities.put(name, value);
      record('Y');
      boolean parameter = name.startsWith("%");
      field(parameter ? name.substring(1) : name).field(parameter ? 1 : 0).field(value);
      field(null).field(null).field(null);
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) {
      externalEntities.put(name, new String[] {systemId, publicId});
      record('Y');
      boolean parameter = name.startsWith("%");
      field(parameter ? name.substring(1) : name).field(parameter ? 1 : 0).field(null);
      field(systemId).field(publicId).field(null);
    }

    @Override
    public void unparsedEntityDecl(
        String name, String publicId, String systemId, String notationName) {
      record('Y');
      field(name).field(0).field(null).field(systemId).field(publicId).field(notationName);
    }

    @Override
    public void notationDecl(String name, String publicId, String systemId) {
      record('O');
      field(name).field(systemId).field(publicId);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void error(SAXParseException e) {
      // Validity errors: expat does not validate either.
    }

    @Override
    public void warning(SAXParseException e) {}
  }
}
