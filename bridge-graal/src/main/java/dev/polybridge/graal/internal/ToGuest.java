package dev.polybridge.graal.internal;

import dev.polybridge.ConversionException;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.TypeConverter;
import dev.polybridge.spi.InterfaceBinder;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.graalvm.polyglot.Value;

/**
 * Java-to-guest conversion of one bridge: every Java value passed in (arguments, {@code set},
 * {@code setGlobal}, {@code toGuest}) becomes a native guest value, so a {@code Map} is a real
 * {@code dict} or object and a {@code List} a real {@code list} or {@code Array}. Handles pass
 * through unchanged. The user's {@link TypeConverter}s are asked first, by the value's exact class.
 */
final class ToGuest {
  private final Map<Class<?>, TypeConverter<?>> user = new HashMap<>();

  ToGuest(List<TypeConverter<?>> converters) {
    for (TypeConverter<?> converter : converters) {
      user.putIfAbsent(converter.javaType(), converter);
    }
  }

  /**
   * Something the polyglot API accepts as an argument: a primitive box, a String, a {@link Value}
   * of {@code context}, or a proxy. The caller holds the context's lock.
   */
  Object encode(Object v, GraalContext context) {
    if (v == null) {
      return context.support().javaNull();
    }
    Class<?> c = v.getClass();
    if (c == String.class || c == Integer.class || c == Double.class || c == Boolean.class) {
      return v;
    }
    if (c == Long.class) {
      long l = (Long) v;
      return isExactInGuest(l, context) ? v : context.support().bigInteger(Long.toString(l));
    }
    if (!user.isEmpty()) {
      TypeConverter<?> converter = user.get(c);
      if (converter != null) {
        return encode(applyUser(converter, v), context);
      }
    }
    if (v instanceof Handle) {
      return context.valueOf((Handle) v);
    }
    Handle bound = InterfaceBinder.handleOf(v);
    if (bound != null) {
      return context.valueOf(bound);
    }
    if (v instanceof Value) {
      return context.valueOf((Value) v);
    }
    if (v instanceof Float || v instanceof Short || v instanceof Byte) {
      return v;
    }
    if (v instanceof Character) {
      return v.toString();
    }
    GuestSupport s = context.support();
    if (v instanceof BigInteger) {
      BigInteger b = (BigInteger) v;
      return b.bitLength() < 64 && isExactInGuest(b.longValue(), context)
          ? (Object) b.longValue()
          : s.bigInteger(b.toString());
    }
    if (v instanceof byte[]) {
      return s.bytes((byte[]) v);
    }
    if (v instanceof BigDecimal) {
      return DecimalCodec.encode((BigDecimal) v, context);
    }
    Object time = TimeCodec.encode(v, context);
    if (time != null) {
      return time;
    }
    if (v instanceof Set) {
      Value list = list((Set<?>) v, context);
      return s.helper(context.language() == Language.PYTHON ? "new_set" : "newSet").execute(list);
    }
    if (v instanceof Map) {
      Value dict = s.newDict();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        s.putEntry(dict, encode(e.getKey(), context), encode(e.getValue(), context));
      }
      return dict;
    }
    if (v instanceof Collection) {
      return list((Collection<?>) v, context);
    }
    if (c.isArray()) {
      int n = Array.getLength(v);
      Value list = s.newList(n);
      for (int i = 0; i < n; i++) {
        list.setArrayElement(i, encode(Array.get(v, i), context));
      }
      return list;
    }
    if (v instanceof Optional) {
      return encode(((Optional<?>) v).orElse(null), context);
    }
    if (v instanceof Enum) {
      return ((Enum<?>) v).name();
    }
    if (v instanceof Record) {
      return RecordCodec.encode((Record) v, context);
    }
    JavaFunction function = JavaFunction.of(v, context);
    if (function != null) {
      return function;
    }
    if (context.core().options().allowHostAccess()) {
      return v;
    }
    throw new ConversionException(
        c.getName(),
        Value.class,
        "",
        "Cannot pass a "
            + c.getName()
            + " to "
            + context.language().displayName()
            + ": it has no conversion and this context does not allow host access. Register a"
            + " TypeConverter for it on Bridge.builder().converter(...), convert it to a Map or"
            + " List first, or allow host access with ContextOptions.allowHostAccess(true).");
  }

  /** A native guest list or Array of the encoded items. */
  private Value list(Collection<?> items, GraalContext context) {
    Value list = context.support().newList(items.size());
    long i = 0;
    for (Object item : items) {
      list.setArrayElement(i++, encode(item, context));
    }
    return list;
  }

  /** JS numbers are doubles: integers beyond 2^53 become BigInts, so no digit is lost. */
  private static final long MAX_SAFE_JS_INTEGER = (1L << 53) - 1;

  private static boolean isExactInGuest(long l, GraalContext context) {
    return context.language() == Language.PYTHON
        || (l <= MAX_SAFE_JS_INTEGER && l >= -MAX_SAFE_JS_INTEGER);
  }

  @SuppressWarnings("unchecked")
  private static <T> Object applyUser(TypeConverter<T> converter, Object v) {
    return converter.toGuest((T) v);
  }
}
