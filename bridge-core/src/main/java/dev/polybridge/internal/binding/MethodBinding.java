package dev.polybridge.internal.binding;

import dev.polybridge.TypeRef;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

/**
 * How one interface method maps to the guest, decided once when its interface is first bound.
 *
 * @param method the interface method
 * @param kind what the call does
 * @param names guest names to try, in order; the first that exists is used
 * @param pythonNames the same with snake_case fallbacks, used for Python objects
 * @param kwNames for each parameter, its keyword name, or null for a positional parameter
 * @param varargs whether the last parameter's array is spread into separate positional arguments
 *     (not when that parameter is {@code @Kw}: its keyword argument is the array)
 * @param result the generic result type, or null for {@code void}
 * @param attributeForms for a getter or setter, the names that denote the attribute itself ({@code
 *     foo}, {@code foo_bar}, or a setter's {@code GuestName} unless that names its own method form,
 *     {@code set_foo}): those are read or written, never called; a getter or setter resolved to its
 *     method form ({@code getFoo}, {@code set_foo}) calls it
 */
record MethodBinding(
    Method method,
    Kind kind,
    List<String> names,
    List<String> pythonNames,
    String[] kwNames,
    boolean varargs,
    TypeRef<?> result,
    Set<String> attributeForms) {

  /** What a bound method does. */
  enum Kind {
    /** Reads an attribute ({@code getFoo()}, {@code isFoo()}), calling it if it is a method. */
    GETTER,
    /**
     * Writes an attribute ({@code setFoo(x)}), or calls the guest's setter method ({@code setFoo},
     * {@code set_foo}) when that is what the guest has.
     */
    SETTER,
    /** Calls a method; with no parameters, reads the attribute if it is not callable. */
    CALL,
    /** Runs the interface's own {@code default} body. */
    DEFAULT,
    /** {@code toString}, {@code equals} or {@code hashCode}. */
    OBJECT
  }

  boolean hasKeywords() {
    for (String k : kwNames) {
      if (k != null) {
        return true;
      }
    }
    return false;
  }
}
