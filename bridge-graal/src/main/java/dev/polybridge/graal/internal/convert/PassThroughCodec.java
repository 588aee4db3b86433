package dev.polybridge.graal.internal.convert;

import dev.polybridge.Handle;
import dev.polybridge.spi.InterfaceBinder;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import org.graalvm.polyglot.Value;

/**
 * Values that are guest values already: a {@link Handle}, a proxy bound to one, a polyglot {@link
 * Value}. They pass to the guest unchanged (also between the languages of the shared context), and
 * a request for {@code Handle} or {@code Value} gets the guest value itself.
 */
final class PassThroughCodec implements Codec {
  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    if (Handle.class.isAssignableFrom(type)) {
      return (v, c, p) -> c.valueOf((Handle) v);
    }
    if (type == Value.class) {
      return (v, c, p) -> c.valueOf((Value) v);
    }
    if (Proxy.isProxyClass(type)) {
      // A proxy of a user interface: bound to a guest value by Polybridge, or the user's own.
      Encoder other = registry.encoderAfter(this, type);
      return (v, c, p) -> {
        Handle bound = InterfaceBinder.handleOf(v);
        return bound != null ? c.valueOf(bound) : other.encode(v, c, p);
      };
    }
    return null;
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw == Handle.class) {
      return (v, c, p) -> c.handle(v);
    }
    if (raw == Value.class) {
      return (v, c, p) -> v;
    }
    return null;
  }
}
