package dev.polybridge.graal.internal;

import dev.polybridge.spi.Names;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import org.graalvm.polyglot.Value;

/**
 * Records to and from dicts / JS objects, by component name. A Python dict key or attribute may
 * also be the snake_case form of a camelCase component ({@code firstName} reads {@code
 * first_name}).
 */
final class RecordCodec {
  private RecordCodec() {}

  static Decoder decoder(Class<?> recordType, ToJava registry) {
    RecordComponent[] components = recordType.getRecordComponents();
    Decoder[] decoders = new Decoder[components.length];
    Class<?>[] rawTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      decoders[i] = registry.decoder(components[i].getGenericType());
      rawTypes[i] = components[i].getType();
    }
    Constructor<?> constructor;
    try {
      constructor = recordType.getDeclaredConstructor(rawTypes);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException | RuntimeException e) {
      return (v, c, p) -> {
        throw Decoders.fail(
            v, c, recordType, p, "its canonical constructor is not accessible: " + e);
      };
    }
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      if (!v.hasHashEntries() && !v.hasMembers()) {
        throw Decoders.fail(v, c, recordType, p, "it is not a dict or object");
      }
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        String name = components[i].getName();
        ConversionPath at = ConversionPath.attribute(p, name);
        Value field = field(v, name);
        if (field == null) {
          field = field(v, Names.snakeCase(name));
        }
        if (field == null) {
          if (rawTypes[i].isPrimitive()) {
            throw Decoders.fail(v, c, recordType, at, "it has no key or attribute '" + name + "'");
          }
          args[i] = null;
          continue;
        }
        args[i] = decoders[i].decode(field, c, at);
      }
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        throw Decoders.fail(
            v, c, recordType, p, "its constructor rejected the values: " + e.getCause());
      } catch (ReflectiveOperationException e) {
        throw Decoders.fail(v, c, recordType, p, "its constructor failed: " + e);
      }
    };
  }

  private static Value field(Value v, String name) {
    if (v.hasHashEntries()) {
      return v.hasHashEntry(name) ? v.getHashValue(name) : null;
    }
    return v.hasMember(name) ? v.getMember(name) : null;
  }

  /** A record's components as a guest dict / object. */
  static Value encode(Record record, GraalContext context) {
    GuestSupport s = context.support();
    Value dict = s.newDict();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      try {
        java.lang.reflect.Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        s.putEntry(dict, component.getName(), context.encode(accessor.invoke(record)));
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new dev.polybridge.ConversionException(
            record.getClass().getName(),
            (Type) record.getClass(),
            "." + component.getName(),
            "Cannot read record component "
                + record.getClass().getSimpleName()
                + "."
                + component.getName()
                + ": "
                + e);
      }
    }
    return dict;
  }
}
