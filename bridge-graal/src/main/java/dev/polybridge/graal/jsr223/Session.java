package dev.polybridge.graal.jsr223;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The guest side of one {@link PolybridgeScriptEngine}: its bridge and context, made on first use,
 * and closed by {@link #run()}. It is the engine's {@link java.lang.ref.Cleaner} action, so it must
 * never refer to the engine: if it did, the engine could not become unreachable.
 */
final class Session implements Runnable {
  /** Evaluates to a function making the JavaScript globals' view for getInterface. */
  private static final String JS_GLOBALS_VIEW = resource("globals-view.js");

  /** Flushes Python's text streams, which buffer a line; a lambda leaves no name in __main__. */
  private static final String PYTHON_FLUSH =
      "lambda: [s.flush() for s in (__import__('sys').stdout, __import__('sys').stderr)]";

  private final String engineName;
  private final Language language;
  private final Supplier<Bridge> bridges;
  private final ContextOptions options;
  private final ReentrantLock lock = new ReentrantLock();
  private Bridge bridge;
  private GuestContext context;
  private volatile Handle jsView;
  private volatile Handle flush;
  private boolean closed;

  Session(String engineName, Language language, Supplier<Bridge> bridges, ContextOptions options) {
    this.engineName = engineName;
    this.language = language;
    this.bridges = bridges;
    this.options = options;
  }

  /** The engine's context, made with its bridge on first use. */
  GuestContext context() {
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException(
            "This "
                + engineName
                + " ScriptEngine is closed; get a new one from a ScriptEngineManager");
      }
      if (context == null) {
        Bridge b =
            Objects.requireNonNull(bridges.get(), "the engine factory's bridge supplier gave null");
        try {
          context = b.newContext(language, options);
        } catch (RuntimeException e) {
          b.close();
          throw e;
        }
        bridge = b;
      }
      return context;
    } finally {
      lock.unlock();
    }
  }

  /** The context if it was made and is open, else null; never makes one. */
  GuestContext contextIfStarted() {
    lock.lock();
    try {
      return closed || context == null || context.isClosed() ? null : context;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The guest's globals as one object: Python's {@code __main__} module; in JavaScript a view of
   * the global scope holding those of {@code names} that are defined.
   */
  Handle globals(Collection<String> names) {
    GuestContext c = context();
    if (language == Language.PYTHON) {
      return c.importModule("__main__");
    }
    Handle view = jsView;
    if (view == null) {
      // Not made under the lock: a guest call under it could deadlock with a Java callback that
      // uses the engine. Two racing threads make two equal functions, which is harmless.
      view = c.eval(JS_GLOBALS_VIEW);
      jsView = view;
    }
    return view.call(List.copyOf(names));
  }

  /** Pushes output the guest buffered to the engine's writers (Python buffers up to a newline). */
  void flushOutput() {
    if (language != Language.PYTHON) {
      return;
    }
    GuestContext c = contextIfStarted();
    if (c == null) {
      return;
    }
    Handle f = flush;
    if (f == null) {
      f = c.eval(PYTHON_FLUSH);
      flush = f;
    }
    f.call();
  }

  private static String resource(String name) {
    try (InputStream in = Session.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Polybridge's resource " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Polybridge's resource " + name, e);
    }
  }

  /** Closes the bridge, and with it the context. Idempotent; the engine's Cleaner calls it too. */
  @Override
  public void run() {
    Bridge b;
    lock.lock();
    try {
      closed = true;
      b = bridge;
      bridge = null;
      context = null;
      jsView = null;
      flush = null;
    } finally {
      lock.unlock();
    }
    if (b != null) {
      b.close();
    }
  }
}
