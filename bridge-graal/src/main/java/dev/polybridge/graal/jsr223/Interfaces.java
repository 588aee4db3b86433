package dev.polybridge.graal.jsr223;

import dev.polybridge.GuestName;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.spi.Names;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code Invocable.getInterface}: binds with {@link Handle#as(Class)}, but first checks that the
 * guest has something for every method, since JSR-223 answers {@code null} rather than a proxy that
 * fails on its first call. The names tried are those {@code as} tries: the {@link GuestName}, else
 * the method name and, for {@code getX}/{@code isX}, the attribute {@code x}, with snake_case forms
 * in Python.
 */
final class Interfaces {
  private Interfaces() {}

  static void check(Class<?> iface) {
    if (iface == null) {
      throw new IllegalArgumentException("the interface is null; pass an interface's Class");
    }
    if (!iface.isInterface()) {
      throw new IllegalArgumentException(
          iface.getName() + " is not an interface; getInterface binds interfaces only");
    }
  }

  /** Every guest name a method of {@code iface} may bind to. */
  static Set<String> names(Class<?> iface, Language language) {
    Set<String> names = new LinkedHashSet<>();
    for (Method m : iface.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)) {
        names.addAll(candidates(m, language));
      }
    }
    return names;
  }

  /** {@code target} as {@code iface}, or null when the guest lacks one of its methods. */
  static <T> T bindIfComplete(Handle target, Class<T> iface) {
    check(iface);
    if (target.isCallable() && abstractMethods(iface) == 1) {
      return target.as(iface); // a function bound to a functional interface
    }
    for (Method m : iface.getMethods()) {
      if (needsGuestMember(m) && !hasAny(target, candidates(m, target.language()))) {
        return null;
      }
    }
    return target.as(iface);
  }

  private static boolean needsGuestMember(Method m) {
    if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
      return false;
    }
    // A setter may create its attribute.
    return !(isAccessor(m.getName(), "set") && m.getParameterCount() == 1);
  }

  private static long abstractMethods(Class<?> iface) {
    long n = 0;
    for (Method m : iface.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasAny(Handle target, Set<String> names) {
    for (String name : names) {
      if (target.has(name)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> candidates(Method m, Language language) {
    GuestName override = m.getAnnotation(GuestName.class);
    if (override != null) {
      return Set.of(override.value());
    }
    String name = m.getName();
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    if (m.getParameterCount() == 0 && isAccessor(name, "get")) {
      names.add(decapitalize(name.substring(3)));
    } else if (m.getParameterCount() == 0 && isAccessor(name, "is")) {
      names.add(decapitalize(name.substring(2)));
    } else if (m.getParameterCount() == 1 && isAccessor(name, "set")) {
      names.add(decapitalize(name.substring(3)));
    }
    if (language == Language.PYTHON) {
      for (String n : Set.copyOf(names)) {
        names.add(Names.snakeCase(n));
      }
    }
    return names;
  }

  private static boolean isAccessor(String name, String prefix) {
    return name.length() > prefix.length()
        && name.startsWith(prefix)
        && Character.isUpperCase(name.charAt(prefix.length()));
  }

  private static String decapitalize(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static boolean isObjectMethod(Method m) {
    String n = m.getName();
    return (n.equals("toString") && m.getParameterCount() == 0)
        || (n.equals("hashCode") && m.getParameterCount() == 0)
        || (n.equals("equals")
            && m.getParameterCount() == 1
            && m.getParameterTypes()[0] == Object.class);
  }
}
