package dev.polybridge.graal.internal.lang.node;

import java.nio.file.Path;
import java.util.Map;

/**
 * The fields of a {@code package.json} that module resolution reads.
 *
 * @param dir the folder holding the file
 * @param exports the {@code exports} value as parsed (string, list, map), or null
 * @param imports the {@code imports} map, or null
 */
record PackageJson(
    Path dir, String name, String main, String type, Object exports, Map<String, Object> imports) {

  @SuppressWarnings("unchecked")
  static PackageJson parse(Path dir, String text) {
    Object parsed;
    try {
      parsed = Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ModuleNotFoundException(
          "ERR_INVALID_PACKAGE_CONFIG",
          "Invalid package config " + dir.resolve("package.json") + ": " + e.getMessage());
    }
    if (!(parsed instanceof Map)) {
      return new PackageJson(dir, null, null, null, null, null);
    }
    Map<String, Object> m = (Map<String, Object>) parsed;
    Object imports = m.get("imports");
    return new PackageJson(
        dir,
        m.get("name") instanceof String s ? s : null,
        m.get("main") instanceof String s ? s : null,
        m.get("type") instanceof String s ? s : null,
        m.get("exports"),
        imports instanceof Map ? (Map<String, Object>) imports : null);
  }

  boolean isModule() {
    return "module".equals(type);
  }

  Path file() {
    return dir.resolve("package.json");
  }
}
