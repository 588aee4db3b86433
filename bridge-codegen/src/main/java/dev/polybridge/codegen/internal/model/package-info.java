/**
 * The intermediate model: what the introspection script found in a Python module, as immutable
 * records (modules, functions, signatures, classes, type trees) and nothing about Java. Made by
 * {@code internal.inspect}, read by {@code internal.emit}. Uses only the JDK.
 */
package dev.polybridge.codegen.internal.model;
