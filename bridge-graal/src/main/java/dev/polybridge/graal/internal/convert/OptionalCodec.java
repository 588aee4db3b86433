package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;
import java.util.Optional;

/** {@code Optional} both ways: the value, or the guest's null (Python None, JavaScript null). */
final class OptionalCodec implements Codec {
  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    if (type != Optional.class) {
      return null;
    }
    return (v, c, p) -> registry.encode(((Optional<?>) v).orElse(null), c, p);
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw != Optional.class) {
      return null;
    }
    Decoder inner = registry.decoder(Conversions.typeArgument(type, 0));
    return (v, c, p) -> v.isNull() ? Optional.empty() : Optional.ofNullable(inner.decode(v, c, p));
  }
}
