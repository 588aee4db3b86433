package dev.polybridge.graal.internal;

/**
 * Where in a nested value a conversion is, for error messages: {@code [3].name}, {@code ['key']}.
 * Built as a linked list while converting (one small object per element, no text) and turned into
 * text only when a conversion fails.
 *
 * @param parent the enclosing position, or {@link #ROOT}
 * @param index the element's index, when {@code key} is null
 * @param key the dict key or attribute name, or null for an index
 * @param attribute whether {@code key} is an attribute name ({@code .name}) rather than a key
 */
record ConversionPath(ConversionPath parent, long index, Object key, boolean attribute) {
  static final ConversionPath ROOT = null;

  /** Stands for a null key, which {@code key == null} (an index) cannot. */
  private static final Object NULL_KEY =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  static ConversionPath index(ConversionPath parent, long index) {
    return new ConversionPath(parent, index, null, false);
  }

  static ConversionPath key(ConversionPath parent, Object key) {
    return new ConversionPath(parent, 0, key == null ? NULL_KEY : key, false);
  }

  static ConversionPath attribute(ConversionPath parent, String name) {
    return new ConversionPath(parent, 0, name, true);
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
    if (p.attribute) {
      sb.append('.').append(p.key);
    } else if (p.key instanceof String) {
      sb.append("['").append(p.key).append("']");
    } else if (p.key != null) {
      sb.append('[').append(p.key).append(']');
    } else {
      sb.append('[').append(p.index).append(']');
    }
  }
}
