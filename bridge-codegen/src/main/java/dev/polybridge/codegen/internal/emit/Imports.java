package dev.polybridge.codegen.internal.emit;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The imports of one generated file. A type is written by its simple name when that name is free
 * (not a type of the generated package, not imported from elsewhere already), else qualified;
 * {@code java.lang} types are never imported, and generated types may not take their names.
 */
final class Imports {
  private final String packageName;
  private final Set<String> packageTypes;
  private final Map<String, String> bySimpleName = new TreeMap<>();

  /**
   * @param packageName the generated package
   * @param packageTypes simple names of every type generated into it
   */
  Imports(String packageName, Set<String> packageTypes) {
    this.packageName = packageName;
    this.packageTypes = packageTypes;
  }

  /** The text to write for the qualified type {@code name}. */
  String use(String name) {
    int dot = name.lastIndexOf('.');
    String pkg = name.substring(0, dot);
    String simple = name.substring(dot + 1);
    if (pkg.equals(packageName) || pkg.equals("java.lang")) {
      return simple;
    }
    if (packageTypes.contains(simple)) {
      return name;
    }
    String taken = bySimpleName.putIfAbsent(simple, name);
    return taken == null || taken.equals(name) ? simple : name;
  }

  /** The import lines, sorted. */
  Set<String> lines() {
    Set<String> out = new TreeSet<>();
    for (String q : bySimpleName.values()) {
      out.add("import " + q + ";");
    }
    return out;
  }
}
