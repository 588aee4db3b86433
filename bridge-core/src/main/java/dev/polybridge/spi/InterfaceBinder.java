package dev.polybridge.spi;

import dev.polybridge.BindingException;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.internal.binding.GuestInvocationHandler;
import dev.polybridge.internal.binding.InterfaceBinding;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Binds guest objects to plain Java interfaces with dynamic proxies. Backends call it from {@link
 * Handle#as(Class)} for interfaces that are not value types.
 *
 * <pre>{@code
 * interface Counter { int getCount(); void increment(int by); }
 * Counter c = InterfaceBinder.bind(handle, Counter.class);   // what handle.as(Counter.class) does
 * }</pre>
 *
 * <p>Each interface is parsed once into an immutable {@link InterfaceBinding}, cached per class.
 */
public final class InterfaceBinder {
  private InterfaceBinder() {}

  /**
   * A proxy of {@code iface} calling into {@code target}.
   *
   * @throws BindingException if {@code iface} is not an interface or one of its methods cannot be
   *     bound
   */
  public static <T> T bind(Handle target, Class<T> iface) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(iface, "iface");
    InterfaceBinding binding = InterfaceBinding.of(iface);
    boolean asFunction = binding.functional() != null && target.isCallable();
    return iface.cast(
        Proxy.newProxyInstance(
            iface.getClassLoader(),
            new Class<?>[] {iface},
            new GuestInvocationHandler(target, binding, asFunction)));
  }

  /**
   * The guest names each method of {@code iface} binds to, in the order they are tried ({@link
   * dev.polybridge.GuestName}, the method name, a getter's attribute, snake_case forms for Python).
   * Setters and default methods are left out. Lets a caller check a guest object before binding it.
   *
   * @throws BindingException if {@code iface} cannot be bound
   */
  public static Map<Method, List<String>> guestNames(Class<?> iface, Language language) {
    Objects.requireNonNull(iface, "iface");
    Objects.requireNonNull(language, "language");
    return InterfaceBinding.of(iface).guestNames(language == Language.PYTHON);
  }

  /** The handle behind a proxy made by {@link #bind}, or null if {@code o} is not one. */
  public static Handle handleOf(Object o) {
    if (o != null && Proxy.isProxyClass(o.getClass())) {
      Object h = Proxy.getInvocationHandler(o);
      if (h instanceof GuestInvocationHandler) {
        return ((GuestInvocationHandler) h).target();
      }
    }
    return null;
  }
}
