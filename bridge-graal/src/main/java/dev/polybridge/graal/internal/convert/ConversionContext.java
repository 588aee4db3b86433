package dev.polybridge.graal.internal.convert;

import dev.polybridge.Handle;
import dev.polybridge.graal.internal.lang.GuestSupport;
import java.lang.reflect.Type;
import java.util.function.Supplier;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * The context a conversion runs in, as the codecs see it: its language's support, its handles, and
 * the few context services a conversion needs. Implemented by the context layer, so codecs never
 * reach into a context's options or lock.
 */
public interface ConversionContext {
  /** The language's meaning of values and operations. */
  GuestSupport support();

  /** Converts a Java value for this context (see {@link Conversions#encode}). */
  Object encode(Object javaValue);

  /** Converts a guest value of this context to {@code type}, starting at {@code path}. */
  Object decode(Value value, Type type, ConversionPath path);

  /** A handle on a value of this context. */
  Handle handle(Value value);

  /** The guest value of a handle passed back in; it must come from this polyglot context. */
  Value valueOf(Handle handle);

  /** A polyglot value passed in; it must belong to this polyglot context. */
  Value valueOf(Value value);

  /** A proxy of {@code iface} bound to a guest value (a functional interface for a callable). */
  Object bind(Value value, Class<?> iface);

  /** Whether Java objects without a conversion may pass to the guest as host objects. */
  boolean allowsHostAccess();

  /** Runs {@code action} as an entry of its own (a lazy iterator's next element, say). */
  <T> T enter(Supplier<T> action);

  /** The Polybridge exception for a guest error that surfaced during a conversion. */
  RuntimeException guestError(PolyglotException error);
}
