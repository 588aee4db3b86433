package dev.polybridge.codegen.internal.model;

/**
 * One parameter of a signature.
 *
 * @param name the Python name
 * @param kind how it is passed
 * @param hasDefault whether it has a default value
 * @param type its annotation
 * @param text the annotation as written, or null when there is none
 */
public record PyParam(String name, Kind kind, boolean hasDefault, PyType type, String text) {
  /** Python's parameter kinds, as {@code inspect.Parameter} names them. */
  public enum Kind {
    POSITIONAL_ONLY,
    POSITIONAL_OR_KEYWORD,
    VAR_POSITIONAL,
    KEYWORD_ONLY,
    VAR_KEYWORD
  }
}
