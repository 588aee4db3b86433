package dev.polybridge;

import java.lang.reflect.Method;

/**
 * An interface cannot be bound to a guest value, or a bound method cannot be called.
 *
 * <pre>{@code
 * // handle.as(ArrayList.class) on a Python object:
 * // BindingException: ArrayList is a class; only interfaces can be bound to guest objects
 * }</pre>
 */
public class BindingException extends BridgeException {
  private static final long serialVersionUID = 1L;

  private final transient Method method;

  /**
   * For backends and the binder.
   *
   * @param method the method at fault, or null when the type itself is at fault
   * @param message what is wrong and what to do
   */
  public BindingException(Method method, String message) {
    super(method == null ? message : message + "\n    for method " + describe(method));
    this.method = method;
  }

  /** The interface method at fault, or null when the type itself cannot be bound. */
  public Method method() {
    return method;
  }

  static String describe(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName();
  }
}
