/**
 * Typed Java bindings generated from Python modules. {@link dev.polybridge.codegen.Generator}
 * inspects modules in GraalPy and writes (or checks) an interface per module and a record, enum or
 * interface per public class; {@link dev.polybridge.codegen.Main} is its command line. Uses the
 * public API of {@code dev.polybridge} (a backend must be on the class path at run time) and this
 * module's {@code internal} packages.
 */
package dev.polybridge.codegen;
