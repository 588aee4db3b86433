/**
 * Emission: turns {@code internal.model} records into Java source text following the mapping rules
 * of the README ("Typed bindings from Python modules"): names, types, overloads, Javadoc, and which
 * Java type each Python class becomes. Pure functions of the model; uses only the JDK.
 */
package dev.polybridge.codegen.internal.emit;
