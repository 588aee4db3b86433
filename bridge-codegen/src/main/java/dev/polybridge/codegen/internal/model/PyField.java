package dev.polybridge.codegen.internal.model;

/**
 * A field of a dataclass, {@code TypedDict} or {@code NamedTuple}, in declaration order.
 *
 * @param name the Python name
 * @param type its annotation
 * @param text the annotation as written, or null
 * @param required false for a {@code TypedDict} key that may be missing
 */
public record PyField(String name, PyType type, String text, boolean required) {}
