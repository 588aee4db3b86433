package dev.polybridge.graal.internal.lang.python;

import dev.polybridge.ContextOptions;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.FileSystem;

/**
 * What every Polybridge Python context gets of the standard library beyond GraalPy's: the
 * context-builder settings ({@link #configure}), the extra read-only folders ({@link #readRoots()})
 * and the start-up hook ({@link #start}, {@code startup.py}), which installs shims and patches that
 * load only when guest code imports them, so a context that never parses XML pays for none of it.
 *
 * <p>Thread-safety: stateless; safe from any thread.
 */
public final class PythonStdlib {
  /** The name of Polybridge's own sources in guest tracebacks. */
  static final String SOURCE_NAME = "<polybridge>";

  private static final Source STARTUP =
      Source.newBuilder("python", resource("startup.py"), SOURCE_NAME)
          .internal(true)
          .cached(true)
          .buildLiteral();

  /**
   * The folders CPython's {@code zoneinfo} searches by default ({@code TZPATH}); those that exist
   * are readable in every context and become its {@code zoneinfo.TZPATH}.
   */
  private static final List<Path> TZ_FOLDERS =
      List.of(
          Path.of("/usr/share/zoneinfo"),
          Path.of("/usr/lib/zoneinfo"),
          Path.of("/usr/share/lib/zoneinfo"),
          Path.of("/etc/zoneinfo"));

  private PythonStdlib() {}

  /** The host's time zone folders that exist, which sandboxed contexts may read. */
  public static List<Path> readRoots() {
    List<Path> out = new ArrayList<>();
    for (Path p : TZ_FOLDERS) {
      if (Files.isDirectory(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Settings of every Python context. {@code python.IsolateNativeModules} is on in all of them
   * (GraalPy lets native modules load in more than one context only when every context in the
   * process has it), so a context that allows native modules works whatever was created before it.
   *
   * @param nativeFolder the private folder for native-module copies; used only when {@code options}
   *     allow native modules
   */
  public static void configure(Context.Builder b, ContextOptions options, Path nativeFolder) {
    b.option("python.IsolateNativeModules", "true");
    // GraalPy warns that a native module's finalizer thread was not started: nothing to act on.
    b.option("log.python.capi.level", "SEVERE");
    if (options.allowNativeModules()) {
      b.allowNativeAccess(true)
          .allowCreateProcess(true)
          .processHandler(new PatchelfOnly(nativeFolder));
    }
  }

  /**
   * The file system of a context that allows native modules: {@code sandbox} plus the private
   * folder GraalPy copies native modules into.
   */
  public static FileSystem nativeModuleFiles(FileSystem sandbox, Path nativeFolder) {
    return new NativeModuleFiles(sandbox, nativeFolder);
  }

  /** Installs the hooks; run once, before any guest code, after Polybridge's sandbox. */
  public static void start(Context context, ContextOptions options) {
    String tzpath =
        readRoots().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    context
        .eval(STARTUP)
        .execute(new StdlibBackend(), options.allowNativeModules(), options.allowIO(), tzpath);
  }

  static String resource(String name) {
    try (InputStream in = PythonStdlib.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Polybridge resource " + name + " is missing from its jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
