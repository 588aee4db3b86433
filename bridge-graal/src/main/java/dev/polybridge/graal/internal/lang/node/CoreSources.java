package dev.polybridge.graal.internal.lang.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Source;

/**
 * The guest sources of the core modules, as CommonJS wrapper functions: Polybridge's own ({@code
 * lib/*.js}: process, fs, crypto, os, ...) and the npm packages bundled at build time ({@code
 * polyfills/*.js}: buffer, events, util, stream, ...). Each is read once per JVM into one cached
 * {@link Source}, so contexts of an engine share its parsed code; a context evaluates it only when
 * the module is first required.
 */
final class CoreSources {
  private static final Map<String, Optional<Source>> SOURCES = new ConcurrentHashMap<>();

  private CoreSources() {}

  /**
   * The wrapper source of core module {@code name} ({@code "fs"}, {@code "fs/promises"}) or of an
   * internal one ({@code "internal/web"}); empty for a name that is neither.
   */
  static Optional<Source> wrapper(String name) {
    return SOURCES.computeIfAbsent(name, CoreSources::load);
  }

  private static Optional<Source> load(String name) {
    String file = name.replace('/', '_') + ".js";
    String text = null;
    if (name.startsWith("internal/")) {
      text = resource("polyfills/" + name.substring("internal/".length()) + ".js");
      if (text == null) {
        text = resource("lib/" + file);
      }
    } else if (ModuleResolver.CORE.contains(name)) {
      text = resource("lib/" + file);
      if (text == null) {
        text = resource("polyfills/" + file);
      }
      if (text == null) {
        text = resource("lib/unavailable.js");
      }
    }
    if (text == null) {
      return Optional.empty();
    }
    return Optional.of(
        Source.newBuilder(
                "js",
                "(function (exports, require, module, __filename, __dirname) {" + text + "\n})",
                "node:" + name)
            .cached(true)
            .buildLiteral());
  }

  /** A resource next to this class, or null. */
  static String resource(String name) {
    try (InputStream in = CoreSources.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
