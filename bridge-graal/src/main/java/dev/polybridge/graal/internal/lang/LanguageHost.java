package dev.polybridge.graal.internal.lang;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.graalvm.polyglot.Context;

/**
 * What a language's support needs from the context it serves, implemented by the context layer: the
 * polyglot context itself, a way to enter it from a timer thread, and the bridge's shared services.
 * Keeps this package free of the context package.
 */
public interface LanguageHost {
  /** The polyglot context; the caller holds the context's lock when it uses it. */
  Context context();

  /** Runs {@code action} as an entry of its own: serialized, guarded and with errors mapped. */
  void runEntry(Runnable action);

  /** Whether the context is closed. */
  boolean isClosed();

  /** Runs {@code hook} when the context closes (at once when it already has). */
  void onClose(Runnable hook);

  /** The bridge's timer thread, shared by its JavaScript contexts. */
  ScheduledExecutorService timers();

  /** The context's options (what the guest may do). */
  dev.polybridge.ContextOptions options();

  /** Where the context's guest output goes. */
  OutputStream stdout();

  /** Where the context's guest error output goes. */
  OutputStream stderr();

  /** The folders JavaScript modules resolve from, in order. */
  List<Path> jsModulePath();
}
