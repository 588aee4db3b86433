package dev.polybridge.graal.internal;

import dev.polybridge.ContextOptions;
import dev.polybridge.Language;
import dev.polybridge.spi.BridgeConfig;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Builds polyglot contexts from {@link ContextOptions}: the one place that decides what a guest may
 * do. Start from nothing (no host classes, no processes, threads, native code or environment, a
 * read-only file system limited to the Python path and JS module folders) and open only what the
 * options ask for.
 */
final class ContextFactory {
  private final Engine engine;
  private final BridgeConfig config;

  ContextFactory(Engine engine, BridgeConfig config) {
    this.engine = engine;
    this.config = config;
  }

  Context create(List<Language> languages, ContextOptions options, boolean crossLanguage) {
    String[] ids = languages.stream().map(Language::id).toArray(String[]::new);
    Context.Builder b =
        Context.newBuilder(ids)
            .engine(engine)
            .out(options.stdout().orElse(config.stdout()))
            .err(options.stderr().orElse(config.stderr()))
            .in(InputStream.nullInputStream())
            .allowCreateThread(false)
            .allowCreateProcess(false)
            .allowNativeAccess(false)
            .allowHostClassLoading(false)
            .allowEnvironmentAccess(EnvironmentAccess.NONE)
            .allowExperimentalOptions(true)
            .useSystemExit(false)
            .allowPolyglotAccess(crossLanguage ? PolyglotAccess.ALL : PolyglotAccess.NONE);
    if (options.allowHostAccess()) {
      b.allowHostAccess(HostAccess.ALL).allowHostClassLookup(className -> true);
    } else {
      b.allowHostAccess(HostAccess.EXPLICIT).allowHostClassLookup(className -> false);
    }
    if (options.allowIO()) {
      b.allowIO(IOAccess.ALL);
    } else {
      List<Path> roots = new ArrayList<>(config.pythonPath());
      roots.addAll(config.jsModulePath());
      b.allowIO(IOAccess.newBuilder().fileSystem(ReadOnlyRootsFileSystem.forRoots(roots)).build());
    }
    options
        .statementLimit()
        .ifPresent(
            limit ->
                b.resourceLimits(ResourceLimits.newBuilder().statementLimit(limit, null).build()));
    if (languages.contains(Language.PYTHON)) {
      configurePython(b);
    }
    if (languages.contains(Language.JS)) {
      configureJs(b);
    }
    return b.build();
  }

  private void configurePython(Context.Builder b) {
    if (!config.pythonPath().isEmpty()) {
      b.option(
          "python.PythonPath",
          config.pythonPath().stream()
              .map(Path::toString)
              .collect(Collectors.joining(File.pathSeparator)));
    }
    // Without native access GraalPy must emulate POSIX in Java; say so instead of warning.
    b.option("python.PosixModuleBackend", "java");
  }

  private void configureJs(Context.Builder b) {
    b.option("js.esm-eval-returns-exports", "true");
    if (!config.jsModulePath().isEmpty()) {
      b.option("js.commonjs-require", "true");
      b.option("js.commonjs-require-cwd", config.jsModulePath().get(0).toString());
    }
  }
}
