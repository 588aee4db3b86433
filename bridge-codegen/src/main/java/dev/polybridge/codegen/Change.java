package dev.polybridge.codegen;

/**
 * One difference between the sources in an output directory and what would be generated.
 *
 * <pre>{@code
 * for (Change c : check.changes()) {
 *   System.out.println(c);   // changed member com.example.shop.Inventory.totalPrice
 * }
 * }</pre>
 *
 * @param kind added, changed or removed
 * @param typeName the qualified name of the type
 * @param member the Java member (method, record component or enum constant), or null when the
 *     change is to the type itself (a whole file added or removed, its declaration changed)
 */
public record Change(Kind kind, String typeName, String member) {
  /** What happened to a type or member. */
  public enum Kind {
    /** It would be generated but is not in the output directory. */
    ADDED,
    /** Both have it, with different text. */
    CHANGED,
    /** The output directory has it but it would no longer be generated. */
    REMOVED
  }

  /**
   * {@code changed member com.example.Inventory.totalPrice}, {@code added type com.example.Item}.
   */
  @Override
  public String toString() {
    String k = kind.name().toLowerCase(java.util.Locale.ROOT);
    return member == null ? k + " type " + typeName : k + " member " + typeName + "." + member;
  }
}
