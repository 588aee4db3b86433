package dev.polybridge.graal.jsr223;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import javax.script.ScriptContext;

/**
 * Sends a guest's standard output and error to the writers of a {@link ScriptContext}: the one
 * passed to the {@code eval} running on this thread, else the engine's own context. A guest context
 * takes its streams once, when it is made, while JSR-223 lets each {@code eval} name another {@link
 * ScriptContext}; this router is the indirection between the two.
 *
 * <p>It refers to {@link ScriptContext}s only, never to the engine, because the guest context (and
 * so this router) is kept alive by the engine's Cleaner action.
 */
final class OutputRouter {
  private final ThreadLocal<ScriptContext> current = new ThreadLocal<>();
  private volatile ScriptContext fallback;
  private final OutputStream stdout = new WriterOutputStream(this, ScriptContext::getWriter);
  private final OutputStream stderr = new WriterOutputStream(this, ScriptContext::getErrorWriter);

  OutputRouter(ScriptContext fallback) {
    this.fallback = fallback;
  }

  OutputStream stdout() {
    return stdout;
  }

  OutputStream stderr() {
    return stderr;
  }

  /** The engine's context changed ({@code setContext}). */
  void fallback(ScriptContext context) {
    this.fallback = context;
  }

  /**
   * Routes this thread's guest output to {@code context}; returns what to restore in {@link #exit}.
   */
  ScriptContext enter(ScriptContext context) {
    ScriptContext previous = current.get();
    current.set(context);
    return previous;
  }

  void exit(ScriptContext previous) {
    if (previous == null) {
      current.remove();
    } else {
      current.set(previous);
    }
  }

  private ScriptContext active() {
    ScriptContext c = current.get();
    return c != null ? c : fallback;
  }

  /**
   * Decodes the guest's UTF-8 bytes into one of the active context's writers, keeping an incomplete
   * multi-byte sequence for the next write, and flushes the writer after each write so guest output
   * interleaves with the host's.
   */
  private static final class WriterOutputStream extends OutputStream {
    private final OutputRouter router;
    private final Function<ScriptContext, Writer> writer;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private byte[] pending = new byte[0];

    WriterOutputStream(OutputRouter router, Function<ScriptContext, Writer> writer) {
      this.router = router;
      this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
      ByteBuffer in;
      if (pending.length == 0) {
        in = ByteBuffer.wrap(b, off, len);
      } else {
        byte[] joined = Arrays.copyOf(pending, pending.length + len);
        System.arraycopy(b, off, joined, pending.length, len);
        in = ByteBuffer.wrap(joined);
      }
      // UTF-8 never decodes to more chars than it has bytes.
      CharBuffer out = CharBuffer.allocate(in.remaining());
      decoder.decode(in, out, false);
      pending = new byte[in.remaining()];
      in.get(pending);
      out.flip();
      Writer w = target();
      if (w != null && out.hasRemaining()) {
        w.write(out.array(), 0, out.limit());
        w.flush();
      }
    }

    @Override
    public void flush() throws IOException {
      Writer w = target();
      if (w != null) {
        w.flush();
      }
    }

    private Writer target() {
      ScriptContext c = router.active();
      return c == null ? null : writer.apply(c);
    }
  }
}
