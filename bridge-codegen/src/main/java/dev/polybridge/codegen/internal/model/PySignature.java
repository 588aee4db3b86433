package dev.polybridge.codegen.internal.model;

import java.util.List;

/**
 * One signature of a function (a function with {@code @overload}s has several).
 *
 * @param params the parameters, {@code self} left out for methods
 * @param returns the return annotation
 * @param returnsText the return annotation as written, or null
 * @param text the whole signature as Python would show it, for documentation
 */
public record PySignature(List<PyParam> params, PyType returns, String returnsText, String text) {}
