package dev.polybridge.codegen.internal.model;

/**
 * A module attribute, a property, or an annotated attribute of a class.
 *
 * @param name the Python name
 * @param type its annotation (for an unannotated module attribute, the class of its value)
 * @param text the annotation as written, or null
 * @param writable whether it can be assigned through an instance
 * @param doc its docstring (a property's), or null
 */
public record PyAttribute(String name, PyType type, String text, boolean writable, String doc) {}
