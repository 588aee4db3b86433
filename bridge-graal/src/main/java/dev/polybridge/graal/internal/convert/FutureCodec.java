package dev.polybridge.graal.internal.convert;

import dev.polybridge.GuestException;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * A JavaScript {@code Promise} (or any thenable) as a {@code CompletableFuture<T>}: completed with
 * the converted value when the promise fulfils, exceptionally with a {@link GuestException} when it
 * rejects (with the guest frames of the error, when the reason is an error object). A promise that
 * never settles leaves the future incomplete; the caller may cancel it or wait with a timeout.
 *
 * <p>A Python coroutine or other awaitable is run to completion on a small asyncio event loop
 * during the conversion (GraalPy has no thread to run it on later), so its future is already
 * complete, normally or exceptionally. A value that is neither completes the future at once. Guest
 * to Java only.
 */
final class FutureCodec implements Codec {
  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw != CompletableFuture.class && raw != CompletionStage.class) {
      return null;
    }
    Decoder result = registry.decoder(Conversions.typeArgument(type, 0));
    return (v, c, p) -> {
      CompletableFuture<Object> future = new CompletableFuture<>();
      if (c.support().isAwaitable(v)) {
        try {
          Value value = c.support().runAwaitable(v);
          future.complete(value.isNull() ? null : result.decode(value, c, p));
        } catch (PolyglotException e) {
          if (e.isCancelled() || e.isInterrupted() || e.isResourceExhausted()) {
            throw e; // a timeout or limit stops the caller, not only the future
          }
          future.completeExceptionally(c.guestError(e));
        }
        return future;
      }
      if (!isThenable(v)) {
        future.complete(v.isNull() ? null : result.decode(v, c, p));
        return future;
      }
      ProxyExecutable onFulfilled =
          args -> {
            try {
              Value value = args.length > 0 ? args[0] : c.support().nullValue();
              future.complete(value.isNull() ? null : result.decode(value, c, p));
            } catch (RuntimeException e) {
              future.completeExceptionally(e);
            }
            return null;
          };
      ProxyExecutable onRejected =
          args -> {
            Value reason = args.length > 0 ? args[0] : c.support().nullValue();
            future.completeExceptionally(rejection(reason, c));
            return null;
          };
      v.invokeMember("then", onFulfilled, onRejected);
      return future;
    };
  }

  private static boolean isThenable(Value v) {
    if (!v.hasMembers() || !v.canInvokeMember("then")) {
      return false;
    }
    Value then = v.getMember("then");
    return then != null && then.canExecute();
  }

  /**
   * The exception for a rejection: the reason thrown again in the guest, so it is mapped like any
   * guest error, with the frames where an error object was made and a handle on the reason.
   */
  private static RuntimeException rejection(Value reason, ConversionContext c) {
    try {
      c.support().rethrow(reason);
    } catch (PolyglotException e) {
      return c.guestError(e);
    }
    throw new IllegalStateException("the guest did not throw the rejection reason " + reason);
  }
}
