package dev.polybridge.graal.internal.convert;

import dev.polybridge.BridgeException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * A Java lambda or functional-interface object made callable for guest code. Arguments are
 * converted by the interface method's generic parameter types (natural Java types for {@code
 * Object}), and the result back to a native guest value.
 */
final class JavaFunction implements ProxyExecutable {
  private final Object target;
  private final Sam sam;
  // Weak: the guest context holds this function, so a strong reference back would keep a
  // forgotten GuestContext reachable and its Cleaner would never close it.
  private final WeakReference<ConversionContext> context;

  private JavaFunction(Object target, Sam sam, ConversionContext context) {
    this.target = target;
    this.sam = sam;
    this.context = new WeakReference<>(context);
  }

  /** Whether objects of {@code type} are functions: lambdas, or @FunctionalInterface objects. */
  static boolean isFunction(Class<?> type) {
    return SAMS.get(type) != null;
  }

  /** A guest callable for {@code target}, whose class {@link #isFunction}. */
  static JavaFunction of(Object target, ConversionContext context) {
    return new JavaFunction(target, SAMS.get(target.getClass()), context);
  }

  Object target() {
    return target;
  }

  @Override
  public Object execute(Value... arguments) {
    ConversionContext context = this.context.get();
    if (context == null) {
      throw new IllegalStateException("the context this Java function was passed to is gone");
    }
    Type[] types = sam.parameterTypes;
    if (arguments.length != types.length && !sam.method.isVarArgs()) {
      throw new IllegalArgumentException(
          "Java function "
              + sam.method.getDeclaringClass().getSimpleName()
              + "."
              + sam.method.getName()
              + " takes "
              + types.length
              + " argument(s), got "
              + arguments.length);
    }
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Value arg = i < arguments.length ? arguments[i] : context.support().nullValue();
      args[i] = context.decode(arg, types[i], ConversionPath.index(null, i));
    }
    Object result;
    try {
      result = sam.handle.bindTo(target).invokeWithArguments(args);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new BridgeException("Java function threw " + e, e);
    }
    return sam.method.getReturnType() == void.class ? null : context.encode(result);
  }

  /** The single abstract method of a functional interface, found once per class. */
  private static final class Sam {
    final Method method;
    final Type[] parameterTypes;
    final MethodHandle handle;

    Sam(Method method) throws IllegalAccessException {
      this.method = method;
      this.parameterTypes = method.getGenericParameterTypes();
      this.handle = unreflect(method);
    }

    private static MethodHandle unreflect(Method method) throws IllegalAccessException {
      try {
        return MethodHandles.publicLookup().unreflect(method);
      } catch (IllegalAccessException e) {
        // A non-public functional interface (common in tests and nested user code).
        method.setAccessible(true);
        return MethodHandles.lookup().unreflect(method);
      }
    }
  }

  private static final ClassValue<Sam> SAMS =
      new ClassValue<>() {
        @Override
        protected Sam computeValue(Class<?> type) {
          // A lambda (a hidden class) becomes a guest function through whichever functional
          // interface it implements. Any other object only through an interface declared
          // @FunctionalInterface: a StringBuilder is Comparable, but it is not a function.
          boolean lambda = type.isHidden() || type.isSynthetic();
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> iface : c.getInterfaces()) {
              Method m = singleAbstractMethod(iface);
              if (m != null && (lambda || iface.isAnnotationPresent(FunctionalInterface.class))) {
                try {
                  return new Sam(m);
                } catch (IllegalAccessException | RuntimeException e) {
                  return null;
                }
              }
            }
          }
          return null;
        }
      };

  /** The one abstract method of {@code iface} not inherited from Object, or null. */
  static Method singleAbstractMethod(Class<?> iface) {
    if (!iface.isInterface()) {
      return null;
    }
    Method found = null;
    for (Method m : iface.getMethods()) {
      if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
        continue;
      }
      if (found != null && !sameSignature(found, m)) {
        return null;
      }
      found = m;
    }
    return found;
  }

  private static boolean sameSignature(Method a, Method b) {
    return a.getName().equals(b.getName())
        && java.util.Arrays.equals(a.getParameterTypes(), b.getParameterTypes());
  }

  private static boolean isObjectMethod(Method m) {
    try {
      Object.class.getMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
