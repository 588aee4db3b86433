package dev.polybridge.graal.internal.lang.python;

import java.util.Set;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Stands in for {@code _imp.create_dynamic} and {@code _imp.create_builtin} in a context with
 * {@code allowNativeModules}: GraalPy's native modules from its own home load, {@code ctypes} and
 * every other shared library are refused. Native access in GraalVM is all or nothing, so the check
 * sits where Python loads native code. GraalPy's originals live here, in Java, where guest code
 * cannot reach them: the guest only sees the exported methods, which check before they call.
 */
public final class NativeImportGuard {
  /** GraalPy's native modules that {@code allowNativeModules} lets Python load. */
  static final Set<String> MODULES = Set.of("_sqlite3", "_cpython_sre");

  /** Builtin modules that reach native code without a library of their own. */
  static final Set<String> REFUSED_BUILTINS = Set.of("_ctypes");

  private final Value createDynamic;
  private final Value createBuiltin;
  private final Value refuse;
  private final String modulesFolder;

  /**
   * @param refuse a Python function {@code (message, name)} that raises {@code ImportError}
   * @param modulesFolder the folder of GraalPy's native modules, ending in a separator
   */
  NativeImportGuard(Value createDynamic, Value createBuiltin, Value refuse, String modulesFolder) {
    this.createDynamic = createDynamic;
    this.createBuiltin = createBuiltin;
    this.refuse = refuse;
    this.modulesFolder = modulesFolder;
  }

  /** {@code _imp.create_dynamic(spec, file=None)}, for GraalPy's own native modules only. */
  @HostAccess.Export
  public Object createDynamic(Value spec, Value file) {
    String name = spec.getMember("name").asString();
    Value originValue = spec.getMember("origin");
    String origin = originValue != null && originValue.isString() ? originValue.asString() : "";
    if (!allowedLibrary(name, origin)) {
      return refuse.execute(
          "Polybridge refused to load the native library "
              + origin
              + " (module "
              + name
              + "): allowNativeModules lets Python load only GraalPy's own native modules ("
              + String.join(", ", MODULES.stream().sorted().toList())
              + "), never other shared libraries",
          name);
    }
    return file == null || file.isNull()
        ? createDynamic.execute(spec)
        : createDynamic.execute(spec, file);
  }

  /** {@code _imp.create_builtin(spec)}, refusing the builtins that open native code. */
  @HostAccess.Export
  public Object createBuiltin(Value spec) {
    String name = spec.getMember("name").asString();
    if (REFUSED_BUILTINS.contains(name)) {
      return refuse.execute(
          "No module named '"
              + name
              + "': ctypes loads arbitrary native code, which a Polybridge context never allows,"
              + " not even with allowNativeModules",
          name);
    }
    return createBuiltin.execute(spec);
  }

  boolean allowedLibrary(String name, String origin) {
    if (!MODULES.contains(name) || !origin.startsWith(modulesFolder)) {
      return false;
    }
    String file = origin.substring(modulesFolder.length());
    return file.startsWith(name + ".graalpy") && file.endsWith(".so") && !file.contains("/");
  }
}
