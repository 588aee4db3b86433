package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Sets both ways: a Java {@code Set} becomes a Python {@code set} or JavaScript {@code Set}; back,
 * any iterable converts to a {@code Set} in iteration order.
 */
final class SetCodec implements Codec {
  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    if (!Set.class.isAssignableFrom(type)) {
      return null;
    }
    return (v, c, p) -> c.support().newSet(ListCodec.encodeAll((Set<?>) v, registry, c, p));
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw != Set.class && raw != LinkedHashSet.class) {
      return null;
    }
    Decoder element = registry.decoder(Conversions.typeArgument(type, 0));
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      Set<Object> out = new LinkedHashSet<>();
      Elements.forEachElement(
          v, c, type, p, (e, i) -> out.add(element.decode(e, c, ConversionPath.index(p, i, v))));
      return out;
    };
  }
}
