package dev.polybridge.graal.internal.lang.python;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java object {@code startup.py} receives: the sources of Polybridge's shim modules and the
 * Java back-ends they run on. Guest code can reach it (as {@code pyexpat._polybridge_backend}), so
 * it offers nothing a guest may not do: parse text it passes in, read Polybridge's own shims.
 */
public final class StdlibBackend {
  private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();
  private static final java.util.Set<String> SHIMS =
      java.util.Set.of("pyexpat", "_cpython_unicodedata", "_polybridge_asyncio", "_polybridge_re");

  private static final UnicodeBackend UNICODE = new UnicodeBackend();

  StdlibBackend() {}

  private static final ExpatBackend EXPAT = new ExpatBackend();

  /** The back-end of {@code pyexpat}. */
  @HostAccess.Export
  public ExpatBackend expat() {
    return EXPAT;
  }

  /** The back-end of {@code _cpython_unicodedata}. */
  @HostAccess.Export
  public UnicodeBackend unicode() {
    return UNICODE;
  }

  /** The source of one of Polybridge's shim modules. */
  @HostAccess.Export
  public String shimSource(String name) {
    if (!SHIMS.contains(name)) {
      throw new IllegalArgumentException("Polybridge has no shim module " + name);
    }
    return SOURCES.computeIfAbsent(name, n -> PythonStdlib.resource(n + ".py"));
  }

  /**
   * The guard for {@code _imp}'s native loaders in a context with {@code allowNativeModules}; see
   * {@link NativeImportGuard}.
   */
  @HostAccess.Export
  public NativeImportGuard guard(
      Value createDynamic, Value createBuiltin, Value refuse, String modulesFolder) {
    return new NativeImportGuard(createDynamic, createBuiltin, refuse, modulesFolder);
  }
}
