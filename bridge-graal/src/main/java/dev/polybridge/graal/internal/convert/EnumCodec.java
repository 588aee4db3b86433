package dev.polybridge.graal.internal.convert;

import dev.polybridge.GuestClass;
import java.lang.reflect.Type;
import java.util.Arrays;
import org.graalvm.polyglot.Value;

/**
 * Enums both ways, by constant name. A constant crosses as its name, or, for an enum annotated
 * {@link GuestClass} in a language with classes (Python), as the member of that name of the guest
 * enum class. Back, a name (exact, else ignoring case) or a guest enum member (by its {@code name})
 * converts to the constant.
 */
final class EnumCodec implements Codec {
  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    if (!Enum.class.isAssignableFrom(type)) {
      return null;
    }
    Class<?> enumType = type.isEnum() ? type : type.getSuperclass(); // a constant with a body
    GuestClass guestClass = enumType.getAnnotation(GuestClass.class);
    if (guestClass == null) {
      return (v, c, p) -> ((Enum<?>) v).name();
    }
    return (v, c, p) -> {
      String name = ((Enum<?>) v).name();
      Value cls = c.support().guestClass(guestClass.value());
      return cls == null ? name : c.support().enumMember(cls, name);
    };
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (!raw.isEnum()) {
      return null;
    }
    Object[] constants = raw.getEnumConstants();
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      String name = nameOf(v);
      if (name != null) {
        for (Object constant : constants) {
          if (((Enum<?>) constant).name().equals(name)) {
            return constant;
          }
        }
        for (Object constant : constants) {
          if (((Enum<?>) constant).name().equalsIgnoreCase(name)) {
            return constant;
          }
        }
      }
      throw Failures.fail(
          v, c, type, p, "expected the name of one of " + Arrays.toString(constants));
    };
  }

  /** A string, or the {@code name} of a guest enum member; null for anything else. */
  private static String nameOf(Value v) {
    if (v.isString()) {
      return v.asString();
    }
    if (v.hasMembers() && !v.isHostObject()) {
      Value name = v.getMember("name");
      if (name != null && name.isString() && v.hasMember("value")) {
        return name.asString();
      }
    }
    return null;
  }
}
