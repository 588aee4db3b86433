/**
 * Python's standard library in Polybridge contexts: what GraalPy leaves to native code or to the
 * host, given back without either. Owns the start-up hook every Python context runs ({@code
 * PythonStdlib}), the Java back-ends handed to guest shims ({@code pyexpat} over the JDK's XML
 * parser, {@code unicodedata}'s missing functions and Unicode 3.2 tables over ICU4J), the rules for
 * GraalPy's own native modules ({@code allowNativeModules}: which modules, the private folder for
 * their copies, the only program they may run) and the socket-less asyncio loop.
 *
 * <p>May use the Polyglot SDK, the JDK and ICU4J; knows nothing of the rest of {@code internal}
 * (the context layer calls in, never the other way round).
 */
package dev.polybridge.graal.internal.lang.python;
