package dev.polybridge.spi;

import dev.polybridge.ContextOptions;
import dev.polybridge.Language;
import dev.polybridge.TypeConverter;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a {@link dev.polybridge.Bridge.Builder} collected, handed to {@link
 * BackendProvider#create}. Immutable.
 *
 * <pre>{@code
 * Backend create(BridgeConfig config) { ... config.pythonPath() ... }
 * }</pre>
 *
 * @param pythonPath directories importable from Python, in order
 * @param pythonPathResources class-path resource roots importable from Python, in order
 * @param jsModulePath directories from which JavaScript modules resolve
 * @param defaults options of the shared contexts
 * @param converters user converters, tried before the built-in ones, in registration order
 * @param stdout where guest output goes unless a context's options say otherwise
 * @param stderr where guest error output goes unless a context's options say otherwise
 * @param cacheDirectory the per-user folder Polybridge owns for caches
 * @param pythonBytecodeCache whether compiled Python modules are kept in {@code cacheDirectory}
 *     between runs
 * @param warmUp languages whose shared context is prepared in the background when the bridge is
 *     built, each with the modules to import then (in order)
 */
public record BridgeConfig(
    List<Path> pythonPath,
    List<String> pythonPathResources,
    List<Path> jsModulePath,
    ContextOptions defaults,
    List<TypeConverter<?>> converters,
    OutputStream stdout,
    OutputStream stderr,
    Path cacheDirectory,
    boolean pythonBytecodeCache,
    Map<Language, List<String>> warmUp) {

  /** Copies the lists and checks that nothing is null. */
  public BridgeConfig {
    pythonPath = List.copyOf(pythonPath);
    pythonPathResources = List.copyOf(pythonPathResources);
    jsModulePath = List.copyOf(jsModulePath);
    Objects.requireNonNull(defaults, "defaults");
    converters = List.copyOf(converters);
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    Map<Language, List<String>> copy = new EnumMap<>(Language.class);
    warmUp.forEach((language, modules) -> copy.put(language, List.copyOf(modules)));
    warmUp = Collections.unmodifiableMap(copy);
  }
}
