package dev.polybridge.codegen.internal.model;

import java.util.List;

/**
 * A Python type annotation as a small tree. {@link Unresolved} stands for a name the annotation
 * used but that could not be resolved where it was written (a forward reference, a name imported
 * only under {@code TYPE_CHECKING}).
 */
public sealed interface PyType {
  /** {@code typing.Any} or {@code object}. */
  record Any() implements PyType {}

  /** {@code None}. */
  record None() implements PyType {}

  /** No annotation at all. */
  record Missing() implements PyType {}

  /** The {@code ...} of {@code tuple[int, ...]} or {@code Callable[..., R]}. */
  record Ellipsis() implements PyType {}

  /** {@code typing.Self}. */
  record Self() implements PyType {}

  /** A class, such as {@code builtins.int} or {@code shop.Item}. */
  record ClassRef(String module, String qualname) implements PyType {
    /** {@code module.qualname}. */
    public String fullName() {
      return module + "." + qualname;
    }
  }

  /** A subscripted generic, such as {@code list[int]}; args may be empty for a bare one. */
  record Generic(ClassRef origin, List<PyType> args) implements PyType {}

  /** The parameter list of a {@code Callable[[A, B], R]}. */
  record Params(List<PyType> args) implements PyType {}

  /** {@code A | B}, {@code Optional[A]} (a union with {@link None}). */
  record Union(List<PyType> args) implements PyType {}

  /** {@code Literal[...]}; each value's kind is bool, int, str or other. */
  record Literal(List<String> kinds) implements PyType {}

  /** A {@code TypeVar}, with its bound or null. */
  record TypeVar(String name, PyType bound) implements PyType {}

  /** A name that could not be resolved. */
  record Unresolved(String symbol) implements PyType {}
}
