package dev.polybridge.codegen.internal.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods of one generated interface, in order. A method Java could not tell from an earlier
 * one is left out with a warning: one with the same name and parameter types after erasure (javac:
 * "name clash"), or one that only differs from it by functional interfaces taking as many
 * parameters (javac -Xlint:overloads: "potentially ambiguous").
 */
final class MemberSet {
  private final List<JMethod> methods = new ArrayList<>();
  private final Map<String, JMethod> byErasure = new HashMap<>();
  private final Warnings warnings;

  MemberSet(Warnings warnings) {
    this.warnings = warnings;
  }

  /** Adds {@code m} unless it clashes; {@code where} names it in the warning. */
  boolean add(JMethod m, String where) {
    JMethod same = byErasure.get(m.erasure());
    if (same != null) {
      warnings.add(
          where,
          "the Java method " + shown(m) + " is already taken by an earlier member; left out");
      return false;
    }
    for (JMethod other : methods) {
      if (other.name().equals(m.name()) && ambiguous(other.signature(), m.signature())) {
        warnings.add(
            where,
            "the Java method "
                + shown(m)
                + " would be ambiguous with "
                + shown(other)
                + " for lambdas; left out");
        return false;
      }
    }
    byErasure.put(m.erasure(), m);
    methods.add(m);
    return true;
  }

  /** {@code compile(Object, String)}: the erasure with simple names, for messages. */
  private static String shown(JMethod m) {
    return m.erasure().replaceAll("[\\w$]+\\.", "");
  }

  List<JMethod> methods() {
    return List.copyOf(methods);
  }

  /** javac's test for -Xlint:overloads (Check.checkPotentiallyAmbiguousOverloads). */
  private static boolean ambiguous(List<JType> a, List<JType> b) {
    if (a.size() != b.size()) {
      return false;
    }
    boolean functional = false;
    for (int i = 0; i < a.size(); i++) {
      JType s = a.get(i);
      JType t = b.get(i);
      if (related(s, t)) {
        continue;
      }
      if (s.isFunctional()
          && t.isFunctional()
          && s.functionalArity() > 0
          && s.functionalArity() == t.functionalArity()) {
        functional = true;
        continue;
      }
      return false;
    }
    return functional;
  }

  private static boolean related(JType s, JType t) {
    if (s.qualified().equals(t.qualified())) {
      return true;
    }
    if (s.isObject() || t.isObject()) {
      return !s.isPrimitive() && !t.isPrimitive(); // every reference type is an Object
    }
    boolean numeric =
        (s.equals(JType.LONG) || s.equals(JType.DOUBLE))
            && (t.equals(JType.LONG) || t.equals(JType.DOUBLE));
    return numeric;
  }
}
