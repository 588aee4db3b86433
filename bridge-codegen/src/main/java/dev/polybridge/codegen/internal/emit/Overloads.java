package dev.polybridge.codegen.internal.emit;

import dev.polybridge.codegen.internal.emit.JMethod.JParam;
import dev.polybridge.codegen.internal.emit.TypeMapper.Position;
import dev.polybridge.codegen.internal.model.PyParam;
import dev.polybridge.codegen.internal.model.PySignature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Python signature as Java overloads, shortest first: positional parameters with defaults
 * telescope ({@code f(a)}, {@code f(a, b)}, ...); keyword-only parameters without defaults are
 * {@code @Kw} parameters of every overload, those with defaults only of the longest one, which also
 * takes {@code *args} as {@code T...}; {@code **kwargs} is left out with a warning.
 */
final class Overloads {
  private Overloads() {}

  static List<List<JParam>> expand(
      PySignature sig, TypeMapper types, String where, JType self, Warnings warnings) {
    List<PyParam> positional = new ArrayList<>();
    List<PyParam> keywords = new ArrayList<>();
    PyParam varargs = null;
    for (PyParam p : sig.params()) {
      switch (p.kind()) {
        case POSITIONAL_ONLY:
        case POSITIONAL_OR_KEYWORD:
          positional.add(p);
          break;
        case KEYWORD_ONLY:
          keywords.add(p);
          break;
        case VAR_POSITIONAL:
          varargs = p;
          break;
        default:
          warnings.add(
              where,
              "**"
                  + p.name()
                  + " has no Java form and is left out; pass extra keywords through Handle.invokeKw");
      }
    }
    Namer names = new Namer();
    List<JParam> pos = new ArrayList<>();
    for (PyParam p : positional) {
      pos.add(param(p, names, false, false, types, where, self));
    }
    List<JParam> kw = new ArrayList<>();
    for (PyParam p : keywords) {
      kw.add(param(p, names, true, false, types, where, self));
    }
    JParam rest = varargs == null ? null : param(varargs, names, false, true, types, where, self);

    int required = 0;
    while (required < positional.size() && !positional.get(required).hasDefault()) {
      required++;
    }
    List<JParam> requiredKw = new ArrayList<>();
    boolean optionalKw = false;
    for (int i = 0; i < keywords.size(); i++) {
      if (keywords.get(i).hasDefault()) {
        optionalKw = true;
      } else {
        requiredKw.add(kw.get(i));
      }
    }
    List<List<JParam>> out = new ArrayList<>();
    for (int k = required; k <= positional.size(); k++) {
      List<JParam> ps = new ArrayList<>(pos.subList(0, k));
      ps.addAll(requiredKw);
      out.add(ps);
    }
    if (optionalKw || rest != null) {
      List<JParam> longest = new ArrayList<>(pos);
      longest.addAll(kw);
      if (rest != null) {
        longest.add(rest);
      }
      out.add(longest);
    }
    return out;
  }

  private static JParam param(
      PyParam p,
      Namer names,
      boolean keyword,
      boolean varargs,
      TypeMapper types,
      String where,
      JType self) {
    String at = where + ": parameter '" + p.name() + "'";
    JType t = types.map(p.type(), Position.PARAMETER, at, self);
    if (varargs && !t.args().isEmpty()) {
      t = JType.OBJECT; // a generic T... would warn of heap pollution at every call
    }
    return new JParam(names.unique(JavaNames.member(p.name())), p.name(), t, keyword, varargs);
  }

  /** Distinct Java parameter names within one signature. */
  private static final class Namer {
    private final Set<String> used = new HashSet<>();

    String unique(String name) {
      String n = name;
      for (int i = 2; !used.add(n); i++) {
        n = name + i;
      }
      return n;
    }
  }
}
