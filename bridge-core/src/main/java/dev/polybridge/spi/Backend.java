package dev.polybridge.spi;

import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import dev.polybridge.RuntimeInfo;

/**
 * What a {@link dev.polybridge.Bridge} delegates to: one per bridge, owning every context it makes.
 *
 * <pre>{@code
 * Backend backend = provider.create(config);
 * GuestContext py = backend.shared(Language.PYTHON);
 * }</pre>
 *
 * <p>Thread-safety: implementations must be safe for use from any thread.
 */
public interface Backend extends AutoCloseable {

  /**
   * The bridge's shared context for {@code language}, created on first use with the bridge's
   * default options. Handles of the shared contexts may be passed between languages.
   */
  GuestContext shared(Language language);

  /** A new isolated context, closed by its own {@code close()} or when the backend closes. */
  GuestContext open(Language language, ContextOptions options);

  /** Evaluates a snippet in a fresh isolated context and converts its value. */
  default <T> T evalIsolated(Language language, String code, Class<T> type) {
    try (GuestContext context = open(language, ContextOptions.sandboxed())) {
      return context.eval(code).as(type);
    }
  }

  /** What runs guest code. */
  RuntimeInfo runtime();

  /** Closes every context the backend made and releases its engine. Idempotent. */
  @Override
  void close();
}
