package dev.polybridge.codegen.internal.model;

import java.util.List;

/**
 * A function or method.
 *
 * @param name the Python name
 * @param doc its docstring, or null
 * @param async whether it is a coroutine function ({@code async def})
 * @param overloads its signatures: the {@code @overload}s when it has them, else its own
 */
public record PyFunction(String name, String doc, boolean async, List<PySignature> overloads) {}
