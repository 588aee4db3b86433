package dev.polybridge;

/**
 * A guest language Polybridge can run.
 *
 * <pre>{@code
 * try (GuestContext js = bridge.newContext(Language.JS)) { ... }
 * }</pre>
 */
public enum Language {
  /** Python 3 (GraalPy). */
  PYTHON("python", "Python"),
  /** JavaScript (GraalJS, ECMAScript 2025). */
  JS("js", "JavaScript");

  private final String id;
  private final String displayName;

  Language(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** The language's id: {@code "python"} or {@code "js"}. */
  public String id() {
    return id;
  }

  /** The language's human name, {@code "Python"} or {@code "JavaScript"}, for messages. */
  public String displayName() {
    return displayName;
  }
}
