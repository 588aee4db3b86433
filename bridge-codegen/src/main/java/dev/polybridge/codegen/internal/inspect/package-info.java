/**
 * Inspection: imports Python modules in GraalPy through the bridge ({@code dev.polybridge}'s public
 * API only) and runs the introspection script shipped beside this package ({@code introspect.py}),
 * then reads its plain dicts and lists into {@code internal.model} records.
 */
package dev.polybridge.codegen.internal.inspect;
