package dev.polybridge.codegen.internal.emit;

import java.util.Set;

/**
 * What every writer of one generation shares.
 *
 * @param packageName the Java package generated into
 * @param naming the Java name of each type
 * @param types the type mapping
 * @param packageTypes simple names of every generated type
 * @param warnings where writers report what they could not map
 */
record Scope(
    String packageName,
    TypeNaming naming,
    TypeMapper types,
    Set<String> packageTypes,
    Warnings warnings) {

  SourceFile file(String typeName, String origin) {
    return new SourceFile(packageName, typeName, origin, packageTypes);
  }

  JType typeOf(String simpleName) {
    return JType.of(packageName + "." + simpleName);
  }
}
