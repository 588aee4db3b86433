package dev.polybridge.graal.internal;

import java.nio.file.Path;

/**
 * The per-user folder Polybridge owns for things worth keeping between runs (unpacked Python
 * resources, Python bytecode): {@code $XDG_CACHE_HOME/polybridge}, else {@code
 * ~/.cache/polybridge}; the system property {@code polybridge.cache} overrides both.
 */
public final class CacheFolder {
  private CacheFolder() {}

  public static Path get() {
    String override = System.getProperty("polybridge.cache");
    if (override != null && !override.isBlank()) {
      return Path.of(override).toAbsolutePath();
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("polybridge").toAbsolutePath();
  }
}
