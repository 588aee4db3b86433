package dev.polybridge.graal.internal.convert;

/**
 * Where in a nested value a conversion is, for error messages: {@code [3].name}, {@code ['key']}.
 * Built as a linked list while converting (one small object per element, no text) and turned into
 * text only when a conversion fails. It also bounds nesting: a path deeper than {@link
 * Conversions#MAX_DEPTH} cannot be made, so a value that contains itself fails cleanly instead of
 * overflowing the stack.
 *
 * @param parent the enclosing position, or {@link #ROOT}
 * @param index the element's index, when {@code key} is null
 * @param key the dict key or attribute name, or null for an index
 * @param attribute whether {@code key} is an attribute name ({@code .name}) rather than a key
 * @param depth how many positions lead here from the outermost value, this one included
 * @param container the value (Java or guest) whose element this is, or null; read only to tell a
 *     cycle from a deep value once the depth limit is hit
 */
public record ConversionPath(
    ConversionPath parent, long index, Object key, boolean attribute, int depth, Object container) {
  /** The outermost value. */
  public static final ConversionPath ROOT = null;

  /** Stands for a null key, which {@code key == null} (an index) cannot. */
  private static final Object NULL_KEY =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  /** Element {@code index} of {@code container}. */
  public static ConversionPath index(ConversionPath parent, long index, Object container) {
    return new ConversionPath(parent, index, null, false, depthBelow(parent, container), container);
  }

  /** Argument or element {@code index} of something that cannot contain itself. */
  public static ConversionPath index(ConversionPath parent, long index) {
    return index(parent, index, null);
  }

  /** The value under {@code key} in {@code container}. */
  public static ConversionPath key(ConversionPath parent, Object key, Object container) {
    return new ConversionPath(
        parent, 0, key == null ? NULL_KEY : key, false, depthBelow(parent, container), container);
  }

  /** Attribute or record component {@code name} of {@code container}. */
  public static ConversionPath attribute(ConversionPath parent, String name, Object container) {
    return new ConversionPath(parent, 0, name, true, depthBelow(parent, container), container);
  }

  /** Whether an element of the value at {@code parent} is still within the depth limit. */
  static boolean roomBelow(ConversionPath parent) {
    return parent == null || parent.depth < Conversions.MAX_DEPTH;
  }

  private static int depthBelow(ConversionPath parent, Object container) {
    int depth = parent == null ? 1 : parent.depth + 1;
    if (depth > Conversions.MAX_DEPTH) {
      throw new TooDeep(parent, isCycle(parent, container));
    }
    return depth;
  }

  /** Whether {@code container} is also the container of a position above {@code path}. */
  private static boolean isCycle(ConversionPath path, Object container) {
    if (container == null) {
      return false;
    }
    for (ConversionPath p = path; p != null; p = p.parent) {
      if (p.container == container
          || (p.container instanceof org.graalvm.polyglot.Value && p.container.equals(container))) {
        return true;
      }
    }
    return false;
  }

  public static String text(ConversionPath path) {
    if (path == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (ConversionPath p = path; p != null; p = p.parent) {
      sb.insert(0, p.segment());
    }
    return sb.toString();
  }

  private String segment() {
    if (attribute) {
      return "." + key;
    } else if (key instanceof String) {
      return "['" + key + "']";
    } else if (key != null) {
      return "[" + key + "]";
    }
    return "[" + index + "]";
  }

  /**
   * Thrown when a value nests deeper than {@link Conversions#MAX_DEPTH}; {@link Conversions} turns
   * it into a {@link dev.polybridge.ConversionException} at the outermost value. Carries no stack
   * trace: it may be thrown a thousand frames deep.
   */
  static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The deepest position reached. */
    final transient ConversionPath path;

    /** Whether the value contains itself, rather than being merely deep. */
    final boolean cyclic;

    TooDeep(ConversionPath path, boolean cyclic) {
      super(null, null, false, false);
      this.path = path;
      this.cyclic = cyclic;
    }
  }
}
