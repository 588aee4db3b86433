package dev.polybridge.codegen.internal.emit;

import dev.polybridge.codegen.internal.emit.TypeMapper.Mapping;
import dev.polybridge.codegen.internal.emit.TypeMapper.Position;
import dev.polybridge.codegen.internal.model.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Callable[[A, B], R]} to the fitting {@code java.util.function} type. Primitive forms are
 * preferred where a parameter or the result is {@code int}, {@code float} or {@code bool} ({@code
 * Callable[[int], int]} is a {@code LongUnaryOperator}), because their methods declare concrete
 * types, so a guest's arguments convert exactly; more than two parameters, or {@code ...}, is
 * {@code Object}.
 */
final class Callables {
  private Callables() {}

  private static final String F = "java.util.function.";

  static JType map(List<PyType> args, Mapping mapping) {
    if (args.size() != 2 || !(args.get(0) instanceof PyType.Params)) {
      return JType.OBJECT; // bare Callable, or Callable[..., R]
    }
    List<JType> params = new ArrayList<>();
    for (PyType p : ((PyType.Params) args.get(0)).args()) {
      params.add(mapping.map(p, Position.PARAMETER));
    }
    JType r = mapping.map(args.get(1), Position.RESULT);
    if (r.name().equals("java.util.Optional")) {
      r = r.args().get(0);
    }
    switch (params.size()) {
      case 0:
        return supplier(r);
      case 1:
        return unary(params.get(0), r);
      case 2:
        return binary(params.get(0), params.get(1), r);
      default:
        return JType.OBJECT;
    }
  }

  private static JType supplier(JType r) {
    if (r.isVoid()) {
      return JType.functional("java.lang.Runnable", 0);
    }
    switch (r.name()) {
      case "boolean":
        return JType.functional(F + "BooleanSupplier", 0);
      case "long":
        return JType.functional(F + "LongSupplier", 0);
      case "double":
        return JType.functional(F + "DoubleSupplier", 0);
      default:
        return JType.functional(F + "Supplier", 0, r.boxed());
    }
  }

  private static JType unary(JType a, JType r) {
    String ret = r.isVoid() ? "void" : r.isPrimitive() ? r.name() : "ref";
    if (a.equals(JType.LONG)) {
      switch (ret) {
        case "void":
          return JType.functional(F + "LongConsumer", 1);
        case "boolean":
          return JType.functional(F + "LongPredicate", 1);
        case "long":
          return JType.functional(F + "LongUnaryOperator", 1);
        case "double":
          return JType.functional(F + "LongToDoubleFunction", 1);
        default:
          return JType.functional(F + "LongFunction", 1, r);
      }
    }
    if (a.equals(JType.DOUBLE)) {
      switch (ret) {
        case "void":
          return JType.functional(F + "DoubleConsumer", 1);
        case "boolean":
          return JType.functional(F + "DoublePredicate", 1);
        case "long":
          return JType.functional(F + "DoubleToLongFunction", 1);
        case "double":
          return JType.functional(F + "DoubleUnaryOperator", 1);
        default:
          return JType.functional(F + "DoubleFunction", 1, r);
      }
    }
    JType ab = a.boxed();
    switch (ret) {
      case "void":
        return JType.functional(F + "Consumer", 1, ab);
      case "boolean":
        return JType.functional(F + "Predicate", 1, ab);
      case "long":
        return JType.functional(F + "ToLongFunction", 1, ab);
      case "double":
        return JType.functional(F + "ToDoubleFunction", 1, ab);
      default:
        return JType.functional(F + "Function", 1, ab, r);
    }
  }

  private static JType binary(JType a, JType b, JType r) {
    if (a.equals(JType.LONG) && b.equals(JType.LONG) && r.equals(JType.LONG)) {
      return JType.functional(F + "LongBinaryOperator", 2);
    }
    if (a.equals(JType.DOUBLE) && b.equals(JType.DOUBLE) && r.equals(JType.DOUBLE)) {
      return JType.functional(F + "DoubleBinaryOperator", 2);
    }
    if (r.isVoid() && !a.isPrimitive() && b.equals(JType.LONG)) {
      return JType.functional(F + "ObjLongConsumer", 2, a);
    }
    if (r.isVoid() && !a.isPrimitive() && b.equals(JType.DOUBLE)) {
      return JType.functional(F + "ObjDoubleConsumer", 2, a);
    }
    JType ab = a.boxed();
    JType bb = b.boxed();
    if (r.isVoid()) {
      return JType.functional(F + "BiConsumer", 2, ab, bb);
    }
    switch (r.name()) {
      case "boolean":
        return JType.functional(F + "BiPredicate", 2, ab, bb);
      case "long":
        return JType.functional(F + "ToLongBiFunction", 2, ab, bb);
      case "double":
        return JType.functional(F + "ToDoubleBiFunction", 2, ab, bb);
      default:
        return JType.functional(F + "BiFunction", 2, ab, bb, r.boxed());
    }
  }
}
