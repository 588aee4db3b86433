package dev.polybridge.codegen.internal.emit;

import dev.polybridge.codegen.internal.model.PyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python annotations to Java types, by the README's mapping table. Where a value sits decides its
 * form: a top-level parameter, result or record component may be primitive; inside a generic type
 * everything is boxed; {@code Optional[T]} is a boxed {@code T} as a parameter or component and an
 * {@code Optional<T>} as a result; a result of {@code None} is {@code void}.
 */
final class TypeMapper {
  /** Where a type is used. */
  enum Position {
    PARAMETER,
    RESULT,
    COMPONENT,
    /** A type argument of a generic type. */
    ARGUMENT
  }

  private final Map<String, JType> generated;
  private final Warnings warnings;

  /**
   * @param generated Python class {@code module.qualname} to the Java type generated for it
   * @param warnings where unresolved names are reported
   */
  TypeMapper(Map<String, JType> generated, Warnings warnings) {
    this.generated = generated;
    this.warnings = warnings;
  }

  /**
   * The Java type for {@code t} at {@code position}.
   *
   * @param where the member, for warnings ({@code shop.total: parameter 'items'})
   * @param self the type {@code typing.Self} stands for, or null outside a class
   */
  JType map(PyType t, Position position, String where, JType self) {
    return new Site(where, self).map(t, position);
  }

  private final class Site {
    final String where;
    final JType self;

    Site(String where, JType self) {
      this.where = where;
      this.self = self;
    }

    JType map(PyType t, Position pos) {
      JType j = mapRaw(t, pos);
      return pos == Position.ARGUMENT ? j.boxed() : j;
    }

    private JType mapRaw(PyType t, Position pos) {
      if (t instanceof PyType.None) {
        return pos == Position.RESULT ? JType.VOID : JType.OBJECT;
      }
      if (t instanceof PyType.Self) {
        return self != null ? self : JType.OBJECT;
      }
      if (t instanceof PyType.ClassRef) {
        return classRef((PyType.ClassRef) t, List.of());
      }
      if (t instanceof PyType.Generic) {
        PyType.Generic g = (PyType.Generic) t;
        return generic(g.origin(), g.args(), pos);
      }
      if (t instanceof PyType.Union) {
        return union(((PyType.Union) t).args(), pos);
      }
      if (t instanceof PyType.Literal) {
        return literal(((PyType.Literal) t).kinds());
      }
      if (t instanceof PyType.TypeVar) {
        PyType bound = ((PyType.TypeVar) t).bound();
        return bound == null ? JType.OBJECT : mapRaw(bound, pos);
      }
      if (t instanceof PyType.Unresolved) {
        warnings.add(
            where,
            "cannot resolve '"
                + ((PyType.Unresolved) t).symbol()
                + "' (a forward reference or a TYPE_CHECKING import?); Object is used instead");
        return JType.OBJECT;
      }
      return JType.OBJECT; // Any, missing, ..., Callable parameter lists
    }

    private JType classRef(PyType.ClassRef c, List<PyType> args) {
      JType own = generated.get(c.fullName());
      if (own != null) {
        return own;
      }
      switch (c.fullName()) {
        case "builtins.int":
          return JType.LONG;
        case "builtins.float":
          return JType.DOUBLE;
        case "builtins.str":
          return JType.STRING;
        case "builtins.bool":
          return JType.BOOLEAN;
        case "builtins.bytes":
        case "builtins.bytearray":
          return JType.BYTES;
        case "datetime.date":
          return JType.of("java.time.LocalDate");
        case "datetime.time":
          return JType.of("java.time.LocalTime");
        case "datetime.datetime":
          return JType.of("java.time.LocalDateTime");
        case "datetime.timedelta":
          return JType.of("java.time.Duration");
        case "decimal.Decimal":
          return JType.of("java.math.BigDecimal");
        default:
          return collection(c.fullName(), args);
      }
    }

    private JType generic(PyType.ClassRef origin, List<PyType> args, Position pos) {
      switch (origin.fullName()) {
        case "collections.abc.Callable":
          return Callables.map(args, this::map);
        case "collections.abc.Awaitable":
        case "collections.abc.Coroutine":
          if (pos != Position.RESULT) {
            return JType.OBJECT;
          }
          PyType value = args.isEmpty() ? new PyType.Any() : args.get(args.size() - 1);
          return future(value);
        default:
          return classRef(origin, args);
      }
    }

    /** The container families; null-safe for bare names ({@code list} is {@code List<Object>}). */
    private JType collection(String name, List<PyType> args) {
      switch (name) {
        case "builtins.list":
        case "collections.abc.Sequence":
        case "collections.abc.MutableSequence":
        case "collections.abc.Collection":
        case "collections.abc.Iterable":
        case "collections.deque":
          return JType.of("java.util.List", arg(args, 0));
        case "builtins.tuple":
          return JType.of("java.util.List", tupleElement(args));
        case "builtins.dict":
        case "collections.abc.Mapping":
        case "collections.abc.MutableMapping":
        case "collections.OrderedDict":
        case "collections.defaultdict":
          return JType.of("java.util.Map", arg(args, 0), arg(args, 1));
        case "builtins.set":
        case "builtins.frozenset":
        case "collections.abc.Set":
        case "collections.abc.MutableSet":
          return JType.of("java.util.Set", arg(args, 0));
        case "collections.abc.Iterator":
        case "collections.abc.Generator":
          return JType.of("java.util.Iterator", arg(args, 0));
        default:
          return JType.OBJECT;
      }
    }

    private JType arg(List<PyType> args, int i) {
      return i < args.size() ? map(args.get(i), Position.ARGUMENT) : JType.OBJECT;
    }

    /** {@code tuple[T, ...]} and {@code tuple[T, T]} hold T; other tuples hold Objects. */
    private JType tupleElement(List<PyType> args) {
      if (args.size() == 2 && args.get(1) instanceof PyType.Ellipsis) {
        return arg(args, 0);
      }
      if (args.isEmpty()) {
        return JType.OBJECT;
      }
      JType first = arg(args, 0);
      for (int i = 1; i < args.size(); i++) {
        if (!arg(args, i).equals(first)) {
          return JType.OBJECT;
        }
      }
      return first;
    }

    private JType future(PyType value) {
      JType v = map(value, Position.RESULT);
      return JType.of(
          "java.util.concurrent.CompletableFuture",
          v.isVoid() ? JType.of("java.lang.Void") : v.boxed());
    }

    private JType union(List<PyType> members, Position pos) {
      List<PyType> rest = new ArrayList<>();
      for (PyType m : members) {
        if (!(m instanceof PyType.None)) {
          rest.add(m);
        }
      }
      boolean optional = rest.size() < members.size();
      if (rest.size() != 1) {
        // Still walk the members, so an unresolved name in a union is reported too.
        for (PyType m : rest) {
          map(m, Position.ARGUMENT);
        }
        return JType.OBJECT;
      }
      if (!optional) {
        return mapRaw(rest.get(0), pos);
      }
      JType inner = map(rest.get(0), Position.ARGUMENT);
      if (pos == Position.RESULT) {
        return JType.of("java.util.Optional", inner);
      }
      return inner;
    }

    private JType literal(List<String> kinds) {
      if (kinds.isEmpty()) {
        return JType.OBJECT;
      }
      String first = kinds.get(0);
      for (String k : kinds) {
        if (!k.equals(first)) {
          return JType.OBJECT;
        }
      }
      switch (first) {
        case "str":
          return JType.STRING;
        case "int":
          return JType.LONG;
        case "bool":
          return JType.BOOLEAN;
        default:
          return JType.OBJECT;
      }
    }
  }

  /** Maps one type at a position; what {@link Callables} calls back. */
  @FunctionalInterface
  interface Mapping {
    JType map(PyType t, Position position);
  }
}
