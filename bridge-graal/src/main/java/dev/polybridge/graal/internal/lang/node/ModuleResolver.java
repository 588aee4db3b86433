package dev.polybridge.graal.internal.lang.node;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Node's module resolution, for {@code require} (CommonJS) and {@code import} (ES modules), read
 * through {@link ModuleFiles} so a sandboxed context resolves only what it may read:
 *
 * <ul>
 *   <li>core modules by name, also as {@code node:} names;
 *   <li>relative and absolute paths: CommonJS tries the name, then {@code .js}, {@code .json}, a
 *       folder's {@code package.json} {@code main} and {@code index.js}; ES modules take the exact
 *       file, as node does;
 *   <li>packages in {@code node_modules} of the importing folder and each folder above it, then of
 *       each module folder of the bridge; a package's {@code exports} (sub-paths, {@code *}
 *       patterns, nested conditions {@code require}/{@code import}, {@code node}, {@code default},
 *       fallback arrays, {@code null} exclusions), else {@code main} and {@code index.js};
 *   <li>{@code #name} through the {@code imports} of the importing package, and a package's
 *       references to its own name through its {@code exports}.
 * </ul>
 *
 * <p>Thread-safety: one resolver per context, used under the context's lock.
 */
final class ModuleResolver {
  /** Node's built-in modules. */
  static final Set<String> CORE =
      Set.of(
          "assert",
          "assert/strict",
          "async_hooks",
          "buffer",
          "child_process",
          "cluster",
          "console",
          "constants",
          "crypto",
          "dgram",
          "diagnostics_channel",
          "dns",
          "domain",
          "events",
          "fs",
          "fs/promises",
          "http",
          "http2",
          "https",
          "inspector",
          "module",
          "net",
          "os",
          "path",
          "path/posix",
          "perf_hooks",
          "process",
          "punycode",
          "querystring",
          "readline",
          "repl",
          "stream",
          "stream/promises",
          "string_decoder",
          "sys",
          "timers",
          "timers/promises",
          "tls",
          "trace_events",
          "tty",
          "url",
          "util",
          "util/types",
          "v8",
          "vm",
          "wasi",
          "worker_threads",
          "zlib");

  private static final List<String> REQUIRE = List.of("require", "node", "default");
  private static final List<String> IMPORT = List.of("import", "node", "default");

  /** What a name resolved to: a core module's name, or a file's real path. */
  record Resolution(String core, Path file) {}

  private final ModuleFiles files;
  private final List<Path> moduleFolders;
  private final Map<Path, Optional<PackageJson>> packages = new HashMap<>();

  /**
   * @param moduleFolders the bridge's {@code jsModulePath}: folders holding {@code node_modules}
   */
  ModuleResolver(ModuleFiles files, List<Path> moduleFolders) {
    this.files = files;
    this.moduleFolders = moduleFolders;
  }

  ModuleFiles files() {
    return files;
  }

  /**
   * Resolves {@code specifier} as imported from a module in {@code fromDir}.
   *
   * @param esm whether an ES module imports it ({@code import} conditions, exact file names)
   * @throws ModuleNotFoundException when nothing resolves, saying what was tried
   */
  Resolution resolve(String specifier, Path fromDir, boolean esm) {
    if (specifier.startsWith("node:")) {
      String name = specifier.substring(5);
      if (!CORE.contains(name)) {
        throw new ModuleNotFoundException(
            "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: " + specifier);
      }
      return new Resolution(name, null);
    }
    if (CORE.contains(specifier)) {
      return new Resolution(specifier, null);
    }
    if (specifier.isEmpty()) {
      throw new ModuleNotFoundException("ERR_INVALID_ARG_VALUE", "The module name is empty");
    }
    List<String> tried = new ArrayList<>();
    if (isPath(specifier)) {
      Path target = fromDir.resolve(specifier).normalize();
      Path found = esm ? exactFile(target, tried) : loadAsFileOrDirectory(target, tried);
      if (found == null) {
        throw new ModuleNotFoundException(
            esm ? "ERR_MODULE_NOT_FOUND" : "MODULE_NOT_FOUND",
            "Cannot find module '" + specifier + "' from " + fromDir + ": tried " + tried);
      }
      return file(found);
    }
    List<String> conditions = esm ? IMPORT : REQUIRE;
    if (specifier.startsWith("#")) {
      return packageImports(specifier, fromDir, conditions, esm);
    }
    return packageResolve(specifier, fromDir, conditions, esm);
  }

  private static boolean isPath(String s) {
    return s.startsWith("/")
        || s.startsWith("./")
        || s.startsWith("../")
        || s.equals(".")
        || s.equals("..");
  }

  private Resolution file(Path p) {
    return new Resolution(null, files.realPath(p));
  }

  private Resolution packageResolve(
      String specifier, Path fromDir, List<String> conditions, boolean esm) {
    int slash = specifier.indexOf('/');
    if (specifier.startsWith("@")) {
      slash = slash < 0 ? -1 : specifier.indexOf('/', slash + 1);
      if (specifier.indexOf('/') < 0) {
        throw new ModuleNotFoundException(
            "ERR_INVALID_MODULE_SPECIFIER",
            "Invalid module name '" + specifier + "': a scoped package name is @scope/name");
      }
    }
    String name = slash < 0 ? specifier : specifier.substring(0, slash);
    String subpath = slash < 0 ? "." : "." + specifier.substring(slash);

    // A package may import itself by name through its own exports.
    PackageJson scope = packageScope(fromDir);
    if (scope != null && name.equals(scope.name()) && scope.exports() != null) {
      return exportsResolve(scope, subpath, conditions, specifier);
    }
    List<String> searched = new ArrayList<>();
    for (Path nodeModules : nodeModulesPaths(fromDir)) {
      Path dir = nodeModules.resolve(name);
      if (!files.isDirectory(dir)) {
        searched.add(nodeModules.toString());
        continue;
      }
      PackageJson pkg = packageJson(dir);
      if (pkg != null && pkg.exports() != null) {
        return exportsResolve(pkg, subpath, conditions, specifier);
      }
      List<String> tried = new ArrayList<>();
      Path found;
      if (subpath.equals(".")) {
        found = loadAsDirectory(dir, tried);
      } else {
        Path target = dir.resolve(subpath).normalize();
        found = esm ? exactFile(target, tried) : loadAsFileOrDirectory(target, tried);
      }
      if (found == null) {
        throw new ModuleNotFoundException(
            esm ? "ERR_MODULE_NOT_FOUND" : "MODULE_NOT_FOUND",
            "Cannot find module '"
                + specifier
                + "': package '"
                + name
                + "' is in "
                + dir
                + ", but none of "
                + tried
                + " exists");
      }
      return file(found);
    }
    throw new ModuleNotFoundException(
        esm ? "ERR_MODULE_NOT_FOUND" : "MODULE_NOT_FOUND",
        "Cannot find package '"
            + name
            + "' from "
            + fromDir
            + ": it is in none of "
            + String.join(", ", searched)
            + (moduleFolders.isEmpty()
                ? " (the bridge has no jsModulePath; give it the folder where npm installed"
                    + " the package)"
                : ""));
  }

  /**
   * node_modules folders to search from {@code dir}: it and every folder above, then the bridge's.
   */
  private List<Path> nodeModulesPaths(Path dir) {
    Set<Path> out = new LinkedHashSet<>();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path last = p.getFileName();
      if (last != null && last.toString().equals("node_modules")) {
        continue;
      }
      out.add(p.resolve("node_modules"));
    }
    for (Path folder : moduleFolders) {
      out.add(folder.resolve("node_modules"));
    }
    return new ArrayList<>(out);
  }

  private Resolution packageImports(
      String specifier, Path fromDir, List<String> conditions, boolean esm) {
    PackageJson scope = packageScope(fromDir);
    if (scope == null || scope.imports() == null) {
      throw new ModuleNotFoundException(
          "ERR_PACKAGE_IMPORT_NOT_DEFINED",
          "Package import specifier '"
              + specifier
              + "' is not defined: no package.json with \"imports\" above "
              + fromDir);
    }
    Object target = matchMap(scope.imports(), specifier);
    if (target != NO_MATCH) {
      Match m = (Match) target;
      Object resolved = resolveTarget(scope, m.target, m.pattern, conditions, true, esm);
      if (resolved instanceof Resolution r) {
        return r;
      }
    }
    throw new ModuleNotFoundException(
        "ERR_PACKAGE_IMPORT_NOT_DEFINED",
        "Package import specifier '"
            + specifier
            + "' is not defined in package "
            + scope.file()
            + " for conditions "
            + conditions);
  }

  @SuppressWarnings("unchecked")
  private Resolution exportsResolve(
      PackageJson pkg, String subpath, List<String> conditions, String specifier) {
    Object exports = pkg.exports();
    Object target = NO_MATCH;
    boolean sugar =
        !(exports instanceof Map<?, ?> map)
            || map.isEmpty()
            || !map.keySet().iterator().next().toString().startsWith(".");
    if (sugar) {
      if (subpath.equals(".")) {
        target = new Match(exports, null);
      }
    } else {
      target = matchMap((Map<String, Object>) exports, subpath);
    }
    if (target != NO_MATCH) {
      Match m = (Match) target;
      Object r = resolveTarget(pkg, m.target, m.pattern, conditions, false, false);
      if (r instanceof Resolution res) {
        return res;
      }
      if (r instanceof Path missing) {
        throw new ModuleNotFoundException(
            "MODULE_NOT_FOUND",
            "Cannot find module '"
                + specifier
                + "': "
                + pkg.file()
                + " \"exports\" maps it to "
                + missing
                + ", which does not exist");
      }
    }
    String what = subpath.equals(".") ? "No \"exports\" main" : "Package subpath '" + subpath + "'";
    throw new ModuleNotFoundException(
        "ERR_PACKAGE_PATH_NOT_EXPORTED", what + " is not defined by \"exports\" in " + pkg.file());
  }

  private static final Object NO_MATCH = new Object();

  private record Match(Object target, String pattern) {}

  /** The entry of an exports or imports map for {@code key}: exact, else the best * pattern. */
  private static Object matchMap(Map<String, Object> map, String key) {
    if (map.containsKey(key) && !key.contains("*")) {
      return new Match(map.get(key), null);
    }
    String bestKey = null;
    for (String k : map.keySet()) {
      int star = k.indexOf('*');
      if (star < 0 || k.indexOf('*', star + 1) >= 0) {
        continue;
      }
      String prefix = k.substring(0, star);
      String suffix = k.substring(star + 1);
      if (key.startsWith(prefix)
          && !key.equals(prefix)
          && key.length() >= k.length()
          && key.endsWith(suffix)
          && (bestKey == null || patternKeyCompare(k, bestKey) < 0)) {
        bestKey = k;
      }
    }
    if (bestKey == null) {
      return NO_MATCH;
    }
    int star = bestKey.indexOf('*');
    String pattern = key.substring(star, key.length() - (bestKey.length() - star - 1));
    return new Match(map.get(bestKey), pattern);
  }

  /** Node's PATTERN_KEY_COMPARE: the longer prefix wins, then the longer key. */
  private static int patternKeyCompare(String a, String b) {
    int aStar = a.indexOf('*');
    int bStar = b.indexOf('*');
    int baseA = aStar < 0 ? a.length() : aStar + 1;
    int baseB = bStar < 0 ? b.length() : bStar + 1;
    if (baseA != baseB) {
      return baseA > baseB ? -1 : 1;
    }
    return Integer.compare(b.length(), a.length());
  }

  /**
   * Node's PACKAGE_TARGET_RESOLVE. Returns a {@link Resolution}, a {@link Path} that was named but
   * does not exist, or null when the target excludes the name or no condition matched.
   */
  @SuppressWarnings("unchecked")
  private Object resolveTarget(
      PackageJson pkg,
      Object target,
      String pattern,
      List<String> conditions,
      boolean imports,
      boolean esm) {
    if (target instanceof String s) {
      if (!s.startsWith("./")) {
        if (imports && !s.startsWith("../") && !s.startsWith("/")) {
          String spec = pattern == null ? s : s.replace("*", pattern);
          return packageResolve(spec, pkg.dir(), conditions, esm);
        }
        return null;
      }
      String rel = pattern == null ? s : s.replace("*", pattern);
      Path file = pkg.dir().resolve(rel).normalize();
      if (!file.startsWith(pkg.dir())) {
        return null;
      }
      return files.isFile(file) ? file(file) : file;
    }
    if (target instanceof List<?> list) {
      Object last = null;
      for (Object t : list) {
        Object r = resolveTarget(pkg, t, pattern, conditions, imports, esm);
        if (r instanceof Resolution) {
          return r;
        }
        last = r != null ? r : last;
      }
      return last;
    }
    if (target instanceof Map<?, ?> map) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        if (e.getKey().equals("default") || conditions.contains(e.getKey())) {
          Object r = resolveTarget(pkg, e.getValue(), pattern, conditions, imports, esm);
          if (r != null) {
            return r;
          }
        }
      }
      return null;
    }
    return null;
  }

  private Path loadAsFileOrDirectory(Path target, List<String> tried) {
    Path f = loadAsFile(target, tried);
    return f != null ? f : loadAsDirectory(target, tried);
  }

  private Path loadAsFile(Path x, List<String> tried) {
    for (String ext : new String[] {"", ".js", ".json"}) {
      Path p = ext.isEmpty() ? x : x.resolveSibling(x.getFileName() + ext);
      tried.add(p.toString());
      if (files.isFile(p)) {
        return p;
      }
    }
    return null;
  }

  private Path loadAsDirectory(Path dir, List<String> tried) {
    PackageJson pkg = packageJson(dir);
    if (pkg != null && pkg.main() != null) {
      Path main = dir.resolve(pkg.main()).normalize();
      Path f = loadAsFile(main, tried);
      if (f == null) {
        f = loadIndex(main, tried);
      }
      if (f != null) {
        return f;
      }
    }
    return loadIndex(dir, tried);
  }

  private Path loadIndex(Path dir, List<String> tried) {
    for (String index : new String[] {"index.js", "index.json"}) {
      Path p = dir.resolve(index);
      tried.add(p.toString());
      if (files.isFile(p)) {
        return p;
      }
    }
    return null;
  }

  private Path exactFile(Path p, List<String> tried) {
    tried.add(p.toString());
    return files.isFile(p) ? p : null;
  }

  /** The package.json in {@code dir}, parsed once; null when there is none. */
  PackageJson packageJson(Path dir) {
    return packages
        .computeIfAbsent(
            dir,
            d -> {
              Path file = d.resolve("package.json");
              if (!files.isFile(file)) {
                return Optional.empty();
              }
              try {
                return Optional.of(PackageJson.parse(d, files.readText(file)));
              } catch (IOException e) {
                return Optional.empty();
              }
            })
        .orElse(null);
  }

  /** The nearest package.json at or above {@code dir}, as node's LOOKUP_PACKAGE_SCOPE. */
  PackageJson packageScope(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals("node_modules")) {
        return null;
      }
      PackageJson pkg = packageJson(p);
      if (pkg != null) {
        return pkg;
      }
    }
    return null;
  }

  /** How node loads {@code file}: "esm", "cjs" or "json". */
  String format(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".mjs")) {
      return "esm";
    }
    if (name.endsWith(".cjs")) {
      return "cjs";
    }
    if (name.endsWith(".json")) {
      return "json";
    }
    PackageJson scope = packageScope(file.getParent());
    return name.endsWith(".js") && scope != null && scope.isModule() ? "esm" : "cjs";
  }
}
