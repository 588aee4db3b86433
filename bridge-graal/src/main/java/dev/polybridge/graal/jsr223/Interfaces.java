package dev.polybridge.graal.jsr223;

import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.spi.InterfaceBinder;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code Invocable.getInterface}: binds with {@link Handle#as(Class)}, but first checks that the
 * guest has something for every method, since JSR-223 answers {@code null} rather than a proxy that
 * fails on its first call. The names checked are the ones {@code as} tries, from {@link
 * InterfaceBinder#guestNames}.
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
    InterfaceBinder.guestNames(iface, language).values().forEach(names::addAll);
    return names;
  }

  /** {@code target} as {@code iface}, or null when the guest lacks one of its methods. */
  static <T> T bindIfComplete(Handle target, Class<T> iface) {
    check(iface);
    Map<Method, List<String>> methods = InterfaceBinder.guestNames(iface, target.language());
    if (target.isCallable() && methods.size() == 1) {
      return target.as(iface); // a function bound to a functional interface
    }
    for (List<String> candidates : methods.values()) {
      if (candidates.stream().noneMatch(target::has)) {
        return null;
      }
    }
    return target.as(iface);
  }
}
