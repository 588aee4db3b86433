package dev.polybridge.spi;

import dev.polybridge.BindingException;
import dev.polybridge.Handle;
import dev.polybridge.internal.binding.GuestInvocationHandler;
import dev.polybridge.internal.binding.InterfaceBinding;
import java.lang.reflect.Proxy;
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
