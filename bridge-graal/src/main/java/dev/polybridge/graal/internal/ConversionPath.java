package dev.polybridge.graal.internal;

/**
 * Where in a nested value a conversion is, for error messages: {@code [3].name}, {@code ['key']}.
 * Built as a linked list while converting and turned into text only when a conversion fails.
 */
record ConversionPath(ConversionPath parent, String segment) {
  static final ConversionPath ROOT = null;

  static ConversionPath index(ConversionPath parent, long index) {
    return new ConversionPath(parent, "[" + index + "]");
  }

  static ConversionPath key(ConversionPath parent, Object key) {
    return new ConversionPath(parent, key instanceof String ? "['" + key + "']" : "[" + key + "]");
  }

  static ConversionPath attribute(ConversionPath parent, String name) {
    return new ConversionPath(parent, "." + name);
  }

  static String text(ConversionPath path) {
    if (path == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    append(path, sb);
    return sb.toString();
  }

  private static void append(ConversionPath p, StringBuilder sb) {
    if (p.parent != null) {
      append(p.parent, sb);
    }
    sb.append(p.segment);
  }
}
