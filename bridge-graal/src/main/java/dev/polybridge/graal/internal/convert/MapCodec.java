package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * Maps both ways: a Java {@code Map} becomes a real Python {@code dict} or a plain JavaScript
 * object (keys as strings), in the map's iteration order; back, a dict, plain object or JavaScript
 * {@code Map} converts to a {@code Map} with insertion order kept.
 */
final class MapCodec implements Codec {
  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    if (!Map.class.isAssignableFrom(type)) {
      return null;
    }
    return (v, c, p) -> {
      Value dict = c.support().newDict();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        Object key = registry.encode(e.getKey(), c, p);
        Object value = e.getValue();
        if (value == null || !registry.passesAsIs(value) || !ConversionPath.roomBelow(p)) {
          value = registry.encode(value, c, ConversionPath.key(p, e.getKey(), v));
        }
        c.support().putEntry(dict, key, value);
      }
      return dict;
    };
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw != Map.class && raw != LinkedHashMap.class) {
      return null;
    }
    Decoder keys = registry.decoder(Conversions.typeArgument(type, 0));
    Decoder values = registry.decoder(Conversions.typeArgument(type, 1));
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      if (!v.hasHashEntries() && !c.support().isDict(v)) {
        throw Failures.fail(v, c, type, p, "it is not a dict or object");
      }
      Map<Object, Object> out = new LinkedHashMap<>();
      Elements.forEachEntry(
          v,
          c,
          (k, val) -> {
            Object key = keys.decode(k, c, p);
            out.put(key, values.decode(val, c, ConversionPath.key(p, key, v)));
          });
      return out;
    };
  }
}
