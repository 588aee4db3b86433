package dev.polybridge.graal.internal.lang.python;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Expat's error code for a message of the JDK's XML parser (Xerces, asked for its English
 * messages), so a malformed document fails with the {@code ExpatError} CPython raises: {@code
 * "mismatched tag"}, {@code "undefined entity"}, ... The codes are {@code pyexpat.errors}'.
 */
final class ExpatErrors {
  static final int SYNTAX = 2;
  static final int NO_ELEMENTS = 3;
  static final int INVALID_TOKEN = 4;
  static final int UNCLOSED_TOKEN = 5;
  static final int TAG_MISMATCH = 7;
  static final int DUPLICATE_ATTRIBUTE = 8;
  static final int JUNK_AFTER_DOC_ELEMENT = 9;
  static final int UNDEFINED_ENTITY = 11;
  static final int RECURSIVE_ENTITY_REF = 12;
  static final int BAD_CHAR_REF = 14;
  static final int ATTRIBUTE_EXTERNAL_ENTITY_REF = 16;
  static final int MISPLACED_XML_PI = 17;
  static final int UNKNOWN_ENCODING = 18;
  static final int INCORRECT_ENCODING = 19;
  static final int UNCLOSED_CDATA_SECTION = 20;
  static final int UNBOUND_PREFIX = 27;
  static final int UNDECLARING_PREFIX = 28;
  static final int XML_DECL = 30;
  static final int RESERVED_PREFIX_XML = 38;
  static final int RESERVED_PREFIX_XMLNS = 39;
  static final int AMPLIFICATION_LIMIT_BREACH = 43;

  private record Rule(Pattern message, int code) {}

  private static Rule rule(String regex, int code) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), code);
  }

  private static final List<Rule> RULES =
      List.of(
          rule("^JAXP0001000[1-5]:.*", AMPLIFICATION_LIMIT_BREACH),
          rule(
              ".*entity expansions.*|.*accumulated size of entities.*", AMPLIFICATION_LIMIT_BREACH),
          rule(
              "^The element type \".*\" must be terminated by the matching end-tag.*",
              TAG_MISMATCH),
          rule("^The markup in the document following the root element.*", JUNK_AFTER_DOC_ELEMENT),
          rule("^Attribute \".*\" was already specified.*", DUPLICATE_ATTRIBUTE),
          rule("^The entity \".*\" was referenced, but not declared\\..*", UNDEFINED_ENTITY),
          rule("^Recursive entity reference.*", RECURSIVE_ENTITY_REF),
          rule("^Character reference \".*\" is an invalid XML character\\..*", BAD_CHAR_REF),
          rule(
              "^The external entity reference .* is not permitted in an attribute value.*",
              ATTRIBUTE_EXTERNAL_ENTITY_REF),
          rule(
              "^The processing instruction target matching \"\\[xX\\]\\[mM\\]\\[lL\\]\".*",
              MISPLACED_XML_PI),
          rule(
              "^Invalid encoding name.*|^Encoding \".*\" is not supported.*|.*Unsupported encoding.*",
              UNKNOWN_ENCODING),
          rule(
              "^The prefix \".*\" for (element|attribute) \".*\" .*is not bound\\..*",
              UNBOUND_PREFIX),
          rule("^The prefix \"xml\" .*", RESERVED_PREFIX_XML),
          rule("^The prefix \"xmlns\" .*", RESERVED_PREFIX_XMLNS),
          rule(
              "^The CDATA section must end with.*|^The CDATA section .* not terminated.*",
              UNCLOSED_CDATA_SECTION),
          rule(
              "^The XML declaration must .*|^The version is required in the XML declaration.*"
                  + "|^The encoding declaration is required.*|^The standalone .*"
                  + "|.*in the XML declaration.*|^XML version \".*\" is not supported.*",
              XML_DECL),
          rule("^Content is not allowed in prolog\\..*", SYNTAX),
          rule("^Content is not allowed in trailing section\\..*", JUNK_AFTER_DOC_ELEMENT),
          rule("^The markup declarations contained or pointed to by the document type.*", SYNTAX),
          rule("^The document type declaration .*", SYNTAX),
          rule("^Premature end of file\\..*", NO_ELEMENTS),
          rule(
              "^XML document structures must start and end within the same entity\\..*",
              NO_ELEMENTS),
          rule(
              "^The end-tag for element type .* must end with a '>' delimiter\\..*",
              UNCLOSED_TOKEN));

  private ExpatErrors() {}

  static int code(String message) {
    if (message != null) {
      for (Rule r : RULES) {
        if (r.message().matcher(message).matches()) {
          return r.code();
        }
      }
    }
    return INVALID_TOKEN;
  }

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  /**
   * Where expat would report the error: at the start of the offending token, where the JDK's parser
   * reports the place it noticed (usually the token's end).
   *
   * @param column 0-based column the JDK's parser reported
   * @param reference the outermost entity reference being expanded, or null
   * @return line and 0-based column
   */
  static int[] position(
      int code,
      String message,
      String text,
      boolean isText,
      int line,
      int column,
      int[] reference) {
    java.util.regex.Matcher q = QUOTED.matcher(message == null ? "" : message);
    String first = q.find() ? q.group(1) : "";
    String second = q.find() ? q.group(1) : "";
    switch (code) {
      case UNDEFINED_ENTITY:
        return new int[] {line, column - first.length() - 2};
      case BAD_CHAR_REF:
        return new int[] {line, column - first.length() - 1};
      case JUNK_AFTER_DOC_ELEMENT:
        return new int[] {line, column - 1};
      case AMPLIFICATION_LIMIT_BREACH:
      case RECURSIVE_ENTITY_REF:
        return reference != null ? reference : new int[] {line, column};
      case MISPLACED_XML_PI:
        return new int[] {line, column - "<?xml".length()};
      case INVALID_TOKEN:
        return new int[] {line, message.contains("\"]]>\"") ? column - 1 : column};
      case DUPLICATE_ATTRIBUTE:
        return back(
            text,
            isText,
            line,
            column,
            java.util.regex.Pattern.compile("\\s(" + Pattern.quote(first) + ")\\s*="),
            true);
      case UNBOUND_PREFIX:
        String element = message.contains(" for element ") ? second : elementOf(message);
        return back(
            text,
            isText,
            line,
            column,
            Pattern.compile("(<" + Pattern.quote(element) + ")[\\s/>]"),
            false);
      default:
        return new int[] {line, column};
    }
  }

  private static String elementOf(String message) {
    java.util.regex.Matcher m = Pattern.compile("element type \"([^\"]*)\"").matcher(message);
    return m.find() ? m.group(1) : "";
  }

  /** The last match of {@code token} (group 1) before the reported place, as line and column. */
  private static int[] back(
      String text, boolean isText, int line, int column, Pattern token, boolean lastOfTwo) {
    int offset = 0; // bytes arrive as latin-1 characters: columns agree for ASCII markup
    for (int l = 1; l < line && offset >= 0; l++) {
      offset = text.indexOf('\n', offset) + 1;
      if (offset == 0) {
        return new int[] {line, column};
      }
    }
    int end = Math.min(text.length(), offset + Math.max(0, column) + 1);
    java.util.regex.Matcher m = token.matcher(text).region(0, end);
    int found = -1;
    while (m.find()) {
      found = m.start(1);
    }
    if (found < 0) {
      return new int[] {line, column};
    }
    int lineStart = text.lastIndexOf('\n', found - 1) + 1;
    int foundLine = 1;
    for (int i = 0; i < lineStart; i++) {
      if (text.charAt(i) == '\n') {
        foundLine++;
      }
    }
    return new int[] {foundLine, found - lineStart};
  }
}
