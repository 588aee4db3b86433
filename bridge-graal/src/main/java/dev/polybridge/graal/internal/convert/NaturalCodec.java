package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * Guest values asked for as {@code Object} (or an erased type) arrive as their natural Java type:
 * integers as {@code Integer}, {@code Long} or {@code BigInteger} by size, other numbers as {@code
 * Double}, strings, booleans, lists as {@code List}, dicts and plain objects as {@code Map}
 * (insertion order kept), null as null, anything else as a {@code Handle}.
 */
final class NaturalCodec implements Codec {
  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    return raw == Object.class ? NaturalCodec::natural : null;
  }

  static Object natural(Value v, ConversionContext c, ConversionPath p) {
    if (v.isNull()) {
      return null;
    }
    if (v.isString()) {
      return v.asString();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isNumber()) {
      return NumberCodec.naturalNumber(v, c);
    }
    if (v.isHostObject()) {
      return v.asHostObject();
    }
    if (v.isProxyObject()) {
      Object proxy = v.asProxyObject();
      return proxy instanceof JavaFunction ? ((JavaFunction) proxy).target() : proxy;
    }
    if (c.support().isList(v)) {
      long size = v.getArraySize();
      List<Object> list = new ArrayList<>((int) size);
      for (long i = 0; i < size; i++) {
        list.add(natural(v.getArrayElement(i), c, ConversionPath.index(p, i, v)));
      }
      return list;
    }
    if (c.support().isDict(v)) {
      Map<Object, Object> map = new LinkedHashMap<>();
      Elements.forEachEntry(
          v,
          c,
          (k, val) -> {
            Object key = natural(k, c, p);
            map.put(key, natural(val, c, ConversionPath.key(p, key, v)));
          });
      return map;
    }
    return c.handle(v);
  }
}
