package dev.polybridge.graal.internal.convert;

import dev.polybridge.GuestClass;
import dev.polybridge.GuestName;
import dev.polybridge.spi.Names;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * Records both ways, by component name. A record crosses as a dict / plain object of its
 * components, or, when annotated {@link GuestClass} in a language with classes (Python), as an
 * instance of that class made with keyword arguments. A component's guest name is its {@link
 * GuestName}, else its own name, else (when the guest has no field of that name) its snake_case
 * form. Back, a dict, object or instance converts by the same names ({@code firstName} reads {@code
 * first_name} when there is no {@code firstName}).
 */
final class RecordCodec implements Codec {
  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    if (!type.isRecord()) {
      return null;
    }
    Component[] components = components(type);
    GuestClass guestClass = type.getAnnotation(GuestClass.class);
    return (v, c, p) -> {
      Value cls = guestClass == null ? null : c.support().guestClass(guestClass.value());
      List<String> fields = cls == null ? null : c.support().parameterNames(guestClass.value());
      Value dict = c.support().newDict();
      for (Component component : components) {
        Object value = registry.encode(component.read(v), c, component.at(p, v));
        c.support().putEntry(dict, component.guestName(fields), value);
      }
      return cls == null ? dict : c.support().instantiate(cls, dict);
    };
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (!raw.isRecord()) {
      return null;
    }
    Component[] components = components(raw);
    Decoder[] decoders = new Decoder[components.length];
    Class<?>[] rawTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      decoders[i] = registry.decoder(components[i].component.getGenericType());
      rawTypes[i] = components[i].component.getType();
    }
    Constructor<?> constructor;
    try {
      constructor = raw.getDeclaredConstructor(rawTypes);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException | RuntimeException e) {
      return (v, c, p) -> {
        throw Failures.fail(v, c, raw, p, "its canonical constructor is not accessible: " + e);
      };
    }
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      if (!v.hasHashEntries() && !v.hasMembers()) {
        throw Failures.fail(v, c, raw, p, "it is not a dict or object");
      }
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        Component component = components[i];
        ConversionPath at = component.at(p, v);
        Value field = component.field(v);
        if (field == null) {
          if (rawTypes[i].isPrimitive()) {
            throw Failures.fail(
                v, c, raw, at, "it has no key or attribute '" + component.names[0] + "'");
          }
          continue;
        }
        args[i] = decoders[i].decode(field, c, at);
      }
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        throw Failures.fail(v, c, raw, p, "its constructor rejected the values: " + e.getCause());
      } catch (ReflectiveOperationException e) {
        throw Failures.fail(v, c, raw, p, "its constructor failed: " + e);
      }
    };
  }

  private static Component[] components(Class<?> recordType) {
    RecordComponent[] raw = recordType.getRecordComponents();
    Component[] out = new Component[raw.length];
    for (int i = 0; i < raw.length; i++) {
      out[i] = new Component(raw[i]);
    }
    return out;
  }

  /** One record component and the guest names it may have, in the order they are tried. */
  private static final class Component {
    final RecordComponent component;
    final Method accessor;
    final String[] names;

    Component(RecordComponent component) {
      this.component = component;
      this.accessor = component.getAccessor();
      this.accessor.setAccessible(true);
      GuestName guestName = accessor.getAnnotation(GuestName.class);
      String name = component.getName();
      String snake = Names.snakeCase(name);
      if (guestName != null) {
        names = new String[] {guestName.value()};
      } else if (snake.equals(name)) {
        names = new String[] {name};
      } else {
        names = new String[] {name, snake};
      }
    }

    ConversionPath at(ConversionPath parent, Object record) {
      return ConversionPath.attribute(parent, component.getName(), record);
    }

    Object read(Object record) {
      try {
        return accessor.invoke(record);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(
            "Record component " + component + " threw when read: " + e.getCause(), e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read record component " + component, e);
      }
    }

    /** The key or attribute to write, given the guest class's parameter names (or null). */
    String guestName(List<String> fields) {
      if (fields != null) {
        for (String name : names) {
          if (fields.contains(name)) {
            return name;
          }
        }
      }
      return names[0];
    }

    /** The value of this component in a dict, object or instance, or null when it has none. */
    Value field(Value v) {
      for (String name : names) {
        if (v.hasHashEntries()) {
          if (v.hasHashEntry(name)) {
            return v.getHashValue(name);
          }
        } else if (v.hasMember(name)) {
          return v.getMember(name);
        }
      }
      return null;
    }
  }
}
