package dev.polybridge.graal.internal;

import dev.polybridge.GuestException;
import dev.polybridge.Language;
import dev.polybridge.graal.internal.GuestSupport.ErrorInfo;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * A JavaScript {@code Promise} (or any thenable) as a {@code CompletableFuture<T>}: completed with
 * the converted value when the promise fulfils, exceptionally with a {@link GuestException} when it
 * rejects. A promise that never settles leaves the future incomplete; the caller may cancel it or
 * wait with a timeout.
 *
 * <p>A Python coroutine or other awaitable is run to completion on a small asyncio event loop
 * during the conversion (GraalPy has no thread to run it on later), so its future is already
 * complete, normally or exceptionally. A value that is neither completes the future at once.
 */
final class FutureCodec {
  private FutureCodec() {}

  static Decoder decoder(Type type, Class<?> raw, ToJava registry) {
    if (raw != CompletableFuture.class && raw != CompletionStage.class) {
      return null;
    }
    Decoder result = registry.decoder(ToJava.typeArgument(type, 0));
    return (v, c, p) -> {
      CompletableFuture<Object> future = new CompletableFuture<>();
      if (c.language() == Language.PYTHON
          && c.support().helper("is_awaitable").execute(v).asBoolean()) {
        try {
          Value value = c.support().helper("run_awaitable").execute(v);
          future.complete(value.isNull() ? null : result.decode(value, c, p));
        } catch (PolyglotException e) {
          if (e.isCancelled() || e.isInterrupted() || e.isResourceExhausted()) {
            throw e; // a timeout or limit stops the caller, not only the future
          }
          future.completeExceptionally(ErrorMapper.map(e, c.core(), c.language()));
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

  private static GuestException rejection(Value reason, GraalContext c) {
    ErrorInfo info;
    try {
      info = c.support().errorInfo(reason);
    } catch (RuntimeException e) {
      info = new ErrorInfo("Error", String.valueOf(reason), List.of(), -1, -1);
    }
    Language language = c.language();
    return new GuestException(language, info.type(), info.message(), List.of(), null);
  }
}
