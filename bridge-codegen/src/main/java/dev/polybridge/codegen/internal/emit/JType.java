package dev.polybridge.codegen.internal.emit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Java type as the emitter writes it: a qualified name ({@code java.util.List}, {@code long}, a
 * generated {@code com.example.Item}) with type arguments, possibly an array.
 *
 * @param name the qualified name, or a primitive's keyword
 * @param args type arguments, empty for none
 * @param array whether this is an array of that type
 * @param functionalArity for a functional interface, how many parameters its method takes; else -1
 */
record JType(String name, List<JType> args, boolean array, int functionalArity) {
  static final JType VOID = primitive("void");
  static final JType LONG = primitive("long");
  static final JType DOUBLE = primitive("double");
  static final JType BOOLEAN = primitive("boolean");
  static final JType BYTES = new JType("byte", List.of(), true, -1);
  static final JType OBJECT = of("java.lang.Object");
  static final JType STRING = of("java.lang.String");

  static JType primitive(String keyword) {
    return new JType(keyword, List.of(), false, -1);
  }

  static JType of(String name, JType... args) {
    return new JType(name, List.of(args), false, -1);
  }

  static JType functional(String name, int arity, JType... args) {
    return new JType(name, List.of(args), false, arity);
  }

  boolean isPrimitive() {
    return !array && !name.contains(".");
  }

  boolean isVoid() {
    return this.equals(VOID);
  }

  boolean isObject() {
    return this.equals(OBJECT);
  }

  boolean isFunctional() {
    return functionalArity >= 0;
  }

  /** The boxed form of a primitive; other types unchanged. */
  JType boxed() {
    if (!isPrimitive()) {
      return this;
    }
    switch (name) {
      case "long":
        return of("java.lang.Long");
      case "double":
        return of("java.lang.Double");
      case "boolean":
        return of("java.lang.Boolean");
      default:
        return of("java.lang.Void");
    }
  }

  /** The type's erasure, what decides whether two overloads clash. */
  String erasure() {
    return name + (array ? "[]" : "");
  }

  /** The type with arguments, qualified: {@code java.util.List<java.lang.Long>}. */
  String qualified() {
    return name
        + (args.isEmpty()
            ? ""
            : args.stream().map(JType::qualified).collect(Collectors.joining(", ", "<", ">")))
        + (array ? "[]" : "");
  }

  /** The type as source text, its names shortened through {@code imports}. */
  String render(Imports imports) {
    StringBuilder sb =
        new StringBuilder(isPrimitive() || array && !name.contains(".") ? name : imports.use(name));
    if (!args.isEmpty()) {
      sb.append(
          args.stream().map(a -> a.render(imports)).collect(Collectors.joining(", ", "<", ">")));
    }
    if (array) {
      sb.append("[]");
    }
    return sb.toString();
  }
}
