package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * Sequences both ways. A Java {@code Collection} or array (other than {@code byte[]}) becomes a
 * real Python {@code list} or JavaScript {@code Array}; back, a list, tuple, Array or any iterable
 * converts to {@code List}, {@code Collection}, {@code Iterable} or an array, element by element.
 */
final class ListCodec implements Codec {
  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    if (Collection.class.isAssignableFrom(type)) {
      return (v, c, p) -> encodeAll((Collection<?>) v, registry, c, p);
    }
    if (type.isArray()) {
      return (v, c, p) -> {
        int n = Array.getLength(v);
        Value list = c.support().newList(n);
        for (int i = 0; i < n; i++) {
          list.setArrayElement(
              i, registry.encode(Array.get(v, i), c, ConversionPath.index(p, i, v)));
        }
        return list;
      };
    }
    return null;
  }

  /** A native guest list or Array of the encoded items. */
  static Value encodeAll(
      Collection<?> items, Conversions registry, ConversionContext c, ConversionPath p) {
    Value list = c.support().newList(items.size());
    long i = 0;
    boolean room = ConversionPath.roomBelow(p);
    for (Object item : items) {
      boolean plain = room && item != null && registry.passesAsIs(item);
      list.setArrayElement(
          i, plain ? item : registry.encode(item, c, ConversionPath.index(p, i, items)));
      i++;
    }
    return list;
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw == List.class
        || raw == Collection.class
        || raw == Iterable.class
        || raw == ArrayList.class) {
      Decoder element = registry.decoder(Conversions.typeArgument(type, 0));
      return (v, c, p) -> v.isNull() ? null : decodeAll(v, element, type, c, p);
    }
    if (raw.isArray() && raw != byte[].class) {
      Class<?> component = raw.getComponentType();
      Type componentType =
          type instanceof GenericArrayType
              ? ((GenericArrayType) type).getGenericComponentType()
              : component;
      Decoder element = registry.decoder(componentType);
      return (v, c, p) -> {
        if (v.isNull()) {
          return null;
        }
        List<Object> items = decodeAll(v, element, type, c, p);
        Object array = Array.newInstance(component, items.size());
        for (int i = 0; i < items.size(); i++) {
          Array.set(array, i, items.get(i));
        }
        return array;
      };
    }
    return null;
  }

  private static List<Object> decodeAll(
      Value v, Decoder element, Type type, ConversionContext c, ConversionPath p) {
    if (v.hasArrayElements() && !v.isString()) { // the common case, without a callback
      long size = v.getArraySize();
      List<Object> out = new ArrayList<>((int) Math.min(size, Integer.MAX_VALUE - 8));
      for (long i = NumberCodec.decodeIntegers(element, v, size, out, c, p); i < size; i++) {
        out.add(element.decode(v.getArrayElement(i), c, ConversionPath.index(p, i, v)));
      }
      return out;
    }
    List<Object> out = new ArrayList<>();
    Elements.forEachElement(
        v, c, type, p, (e, i) -> out.add(element.decode(e, c, ConversionPath.index(p, i, v))));
    return out;
  }
}
