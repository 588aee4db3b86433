package dev.polybridge.codegen.internal.model;

import java.util.List;

/**
 * What a Python module exports.
 *
 * @param name the module's dotted name
 * @param file its source file, or null
 * @param doc its docstring, or null
 * @param functions its public functions
 * @param attributes its public non-callable attributes
 * @param classes its public classes
 * @param warnings what the introspection could not describe
 */
public record PyModule(
    String name,
    String file,
    String doc,
    List<PyFunction> functions,
    List<PyAttribute> attributes,
    List<PyClass> classes,
    List<String> warnings) {}
