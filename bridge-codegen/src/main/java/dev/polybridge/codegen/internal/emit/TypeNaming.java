package dev.polybridge.codegen.internal.emit;

import dev.polybridge.codegen.internal.model.PyClass;
import dev.polybridge.codegen.internal.model.PyModule;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java name of every generated type, decided once for the whole package. A class keeps its
 * Python name; a module interface is named after the module's last component ({@code a.b.inventory}
 * is {@code Inventory}) and takes a {@code Module} suffix when a class has that name. A class named
 * like a common {@code java.lang} type gets a {@code Py} prefix (a type of the package would hide
 * {@code java.lang.String} from its neighbours); any other clash gets the module's name in front,
 * then a number. Each rename is a warning.
 */
final class TypeNaming {
  private static final Set<String> JAVA_LANG =
      Set.of(
          "Object",
          "String",
          "Long",
          "Integer",
          "Double",
          "Float",
          "Boolean",
          "Byte",
          "Short",
          "Character",
          "Number",
          "Void",
          "Math",
          "System",
          "Thread",
          "Runnable",
          "Iterable",
          "Comparable",
          "CharSequence",
          "Class",
          "Enum",
          "Record",
          "Exception",
          "Error",
          "RuntimeException",
          "Throwable",
          "Override",
          "Deprecated",
          "Module",
          "Package",
          "Process",
          "Runtime",
          "StringBuilder",
          "SafeVarargs",
          "FunctionalInterface");

  private final Map<String, String> classes = new LinkedHashMap<>();
  private final Map<String, String> modules = new LinkedHashMap<>();
  private final Set<String> taken = new HashSet<>();

  TypeNaming(List<PyModule> pyModules, List<PyClass> pyClasses, Warnings warnings) {
    for (PyClass c : pyClasses) {
      String base = JavaNames.type(c.name());
      String name = base;
      if (JAVA_LANG.contains(name)) {
        name = "Py" + name;
        warnings.add(
            c.fullName(),
            "generated as " + name + ", as " + base + " would hide java.lang." + base);
      }
      if (taken.contains(name)) {
        String prefixed = JavaNames.upperCamel(lastComponent(c.module())) + name;
        name = unique(prefixed);
        warnings.add(c.fullName(), "generated as " + name + ", as " + base + " is taken");
      }
      taken.add(name);
      classes.put(c.fullName(), name);
    }
    for (PyModule m : pyModules) {
      String base = JavaNames.upperCamel(lastComponent(m.name()));
      if (JavaNames.reserved(JavaNames.lowerCamel(base))) {
        base = base + "Module";
      }
      String name = base;
      if (taken.contains(name) || JAVA_LANG.contains(name)) {
        name = base + "Module";
        if (taken.contains(name)) {
          String parent = m.name().contains(".") ? lastComponent(parentOf(m.name())) : "";
          name = unique(JavaNames.upperCamel(parent) + base);
        }
        warnings.add(
            "module " + m.name(),
            "its interface is named " + name + ", as " + base + " is taken by another type");
      }
      taken.add(name);
      modules.put(m.name(), name);
    }
  }

  /** The Java simple name of a Python class, by {@code module.qualname}. */
  String classType(String fullName) {
    return classes.get(fullName);
  }

  /** The Java simple name of a module's interface. */
  String moduleType(String module) {
    return modules.get(module);
  }

  /** Every simple name generated. */
  Set<String> all() {
    return Set.copyOf(taken);
  }

  private String unique(String name) {
    String n = name;
    for (int i = 2; taken.contains(n); i++) {
      n = name + i;
    }
    return n;
  }

  private static String lastComponent(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }

  private static String parentOf(String dotted) {
    return dotted.substring(0, dotted.lastIndexOf('.'));
  }
}
