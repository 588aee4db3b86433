package dev.polybridge.codegen.internal.inspect;

import dev.polybridge.codegen.internal.model.PyAttribute;
import dev.polybridge.codegen.internal.model.PyClass;
import dev.polybridge.codegen.internal.model.PyField;
import dev.polybridge.codegen.internal.model.PyFunction;
import dev.polybridge.codegen.internal.model.PyModule;
import dev.polybridge.codegen.internal.model.PyParam;
import dev.polybridge.codegen.internal.model.PySignature;
import dev.polybridge.codegen.internal.model.PyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the introspection script's answer (natural Java forms of Python dicts, lists, strings,
 * booleans and None) into model records. The shapes are the ones {@code introspect.py} writes; a
 * shape it does not know is a bug in one of the two, reported with the key at fault.
 */
final class ModelReader {
  private ModelReader() {}

  static PyModule module(Map<?, ?> m) {
    return new PyModule(
        str(m, "name"),
        optStr(m, "file"),
        optStr(m, "doc"),
        list(m, "functions", ModelReader::function),
        list(m, "attributes", ModelReader::attribute),
        list(m, "classes", ModelReader::pyClass),
        list(m, "warnings", o -> (String) o));
  }

  static PyFunction function(Object o) {
    Map<?, ?> m = (Map<?, ?>) o;
    return new PyFunction(
        str(m, "name"),
        optStr(m, "doc"),
        bool(m, "async"),
        list(m, "overloads", ModelReader::signature));
  }

  static PySignature signature(Object o) {
    if (o == null) {
      return null;
    }
    Map<?, ?> m = (Map<?, ?>) o;
    return new PySignature(
        list(m, "params", ModelReader::param),
        type(m.get("returns")),
        optStr(m, "returns_text"),
        str(m, "text"));
  }

  static PyParam param(Object o) {
    Map<?, ?> m = (Map<?, ?>) o;
    return new PyParam(
        str(m, "name"),
        PyParam.Kind.valueOf(str(m, "kind").toUpperCase(Locale.ROOT)),
        bool(m, "default"),
        type(m.get("type")),
        optStr(m, "text"));
  }

  static PyAttribute attribute(Object o) {
    Map<?, ?> m = (Map<?, ?>) o;
    return new PyAttribute(
        str(m, "name"),
        type(m.get("type")),
        optStr(m, "text"),
        bool(m, "writable"),
        optStr(m, "doc"));
  }

  static PyClass pyClass(Object o) {
    Map<?, ?> m = (Map<?, ?>) o;
    return new PyClass(
        str(m, "name"),
        str(m, "module"),
        str(m, "qualname"),
        optStr(m, "doc"),
        PyClass.Kind.valueOf(str(m, "kind").toUpperCase(Locale.ROOT)),
        list(m, "fields", ModelReader::field),
        list(
            m,
            "members",
            e -> new PyClass.EnumMember(str((Map<?, ?>) e, "name"), str((Map<?, ?>) e, "value"))),
        signature(m.get("init")),
        list(m, "methods", ModelReader::function),
        list(m, "properties", ModelReader::attribute));
  }

  static PyField field(Object o) {
    Map<?, ?> m = (Map<?, ?>) o;
    return new PyField(str(m, "name"), type(m.get("type")), optStr(m, "text"), bool(m, "required"));
  }

  static PyType type(Object o) {
    Map<?, ?> m = (Map<?, ?>) o;
    String k = str(m, "k");
    switch (k) {
      case "any":
        return new PyType.Any();
      case "none":
        return new PyType.None();
      case "missing":
        return new PyType.Missing();
      case "ellipsis":
        return new PyType.Ellipsis();
      case "self":
        return new PyType.Self();
      case "class":
        return new PyType.ClassRef(str(m, "module"), str(m, "qualname"));
      case "generic":
        Map<?, ?> origin = (Map<?, ?>) m.get("origin");
        return new PyType.Generic(
            new PyType.ClassRef(str(origin, "module"), str(origin, "qualname")),
            list(m, "args", ModelReader::type));
      case "params":
        return new PyType.Params(list(m, "args", ModelReader::type));
      case "union":
        return new PyType.Union(list(m, "args", ModelReader::type));
      case "literal":
        return new PyType.Literal(list(m, "values", v -> str((Map<?, ?>) v, "kind")));
      case "typevar":
        Object bound = m.get("bound");
        return new PyType.TypeVar(str(m, "name"), bound == null ? null : type(bound));
      case "unresolved":
        return new PyType.Unresolved(str(m, "symbol"));
      default:
        throw new IllegalStateException("introspect.py wrote an unknown type kind: " + k);
    }
  }

  private static <T> List<T> list(Map<?, ?> m, String key, Function<Object, T> each) {
    Object v = m.get(key);
    if (v == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (Object o : (List<?>) v) {
      out.add(each.apply(o));
    }
    return List.copyOf(out);
  }

  private static String str(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof String)) {
      throw new IllegalStateException("introspect.py wrote no string for '" + key + "': " + m);
    }
    return (String) v;
  }

  private static String optStr(Map<?, ?> m, String key) {
    Object v = m.get(key);
    return v == null ? null : v.toString();
  }

  private static boolean bool(Map<?, ?> m, String key) {
    return Boolean.TRUE.equals(m.get(key));
  }
}
