package dev.polybridge.spi;

import dev.polybridge.ContextOptions;
import dev.polybridge.TypeConverter;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
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
 */
public record BridgeConfig(
    List<Path> pythonPath,
    List<String> pythonPathResources,
    List<Path> jsModulePath,
    ContextOptions defaults,
    List<TypeConverter<?>> converters,
    OutputStream stdout,
    OutputStream stderr) {

  /** Copies the lists and checks that nothing is null. */
  public BridgeConfig {
    pythonPath = List.copyOf(pythonPath);
    pythonPathResources = List.copyOf(pythonPathResources);
    jsModulePath = List.copyOf(jsModulePath);
    Objects.requireNonNull(defaults, "defaults");
    converters = List.copyOf(converters);
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
  }
}
