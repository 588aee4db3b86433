package dev.polybridge.internal.binding;

import dev.polybridge.BindingException;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.internal.binding.MethodBinding.Kind;
import dev.polybridge.spi.ConvertingHandle;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The handler behind one bound proxy. Which guest name a method resolves to (exact, or the
 * snake_case fallback) and whether that attribute is callable are found on the first call and
 * remembered for this proxy, so later calls go straight to the guest: one map lookup, then, when
 * the backend's handle is a {@link ConvertingHandle}, one guest entry that calls and converts.
 */
public final class GuestInvocationHandler implements InvocationHandler {
  private static final Object[] NO_ARGS = new Object[0];

  /** How many resolved methods {@link #find} compares by identity before asking the map. */
  private static final int MAX_BY_IDENTITY = 16;

  private final Handle target;
  private final InterfaceBinding binding;
  private final boolean asFunction;
  private final Map<Method, Resolved> resolved = new ConcurrentHashMap<>();

  /**
   * The resolved methods again, found by identity: a proxy class passes the same {@link Method}
   * object on every call, and comparing it is much cheaper than {@code Method.equals}, which the
   * map's lookup does.
   */
  private volatile Resolved[] byIdentity = new Resolved[0];

  /** The target's one-entry call-and-convert paths, when its backend offers them. */
  private final ConvertingHandle fast;

  /**
   * A handler calling into {@code target}.
   *
   * @param asFunction when true, the interface's single abstract method calls {@code target} itself
   */
  public GuestInvocationHandler(Handle target, InterfaceBinding binding, boolean asFunction) {
    this.target = target;
    this.binding = binding;
    this.asFunction = asFunction;
    this.fast = target instanceof ConvertingHandle ? (ConvertingHandle) target : null;
  }

  /** The guest value behind the proxy. */
  public Handle target() {
    return target;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    Object[] a = args == null ? NO_ARGS : args;
    Resolved r = find(method);
    if (r == null) {
      MethodBinding b = binding.binding(method);
      switch (b.kind()) {
        case OBJECT:
          return objectMethod(proxy, method, a);
        case DEFAULT:
          try {
            return InvocationHandler.invokeDefault(proxy, method, a);
          } catch (IllegalAccessException e) {
            return binding.defaultBody(method).bindTo(proxy).invokeWithArguments(a);
          }
        default:
          r = resolve(b, method);
      }
    }
    MethodBinding b = r.binding;
    switch (r.how) {
      case FUNCTION:
        if (fast != null && !r.keywords) {
          return fast.callAs(r.resultType, positional(b, a));
        }
        return convert(b, callWith(b, a, target::call, target::callKw));
      case SET:
        target.set(r.name, a[0]);
        return null;
      case READ:
        if (fast != null) {
          return fast.getAs(r.resultType, r.name);
        }
        return convert(b, target.get(r.name));
      case INVOKE:
        if (fast != null && !r.keywords) {
          return fast.invokeAs(r.resultType, r.name, positional(b, a));
        }
        String name = r.name;
        return convert(
            b,
            callWith(
                b,
                a,
                positional -> target.invoke(name, positional),
                (kw, positional) -> target.invokeKw(name, kw, positional)));
      default:
        throw new AssertionError(r.how);
    }
  }

  private Object objectMethod(Object proxy, Method method, Object[] a) {
    switch (method.getName()) {
      case "toString":
        return target.toString();
      case "hashCode":
        return target.hashCode();
      default:
        Object other = a[0];
        if (other == proxy) {
          return true;
        }
        if (other == null || !Proxy.isProxyClass(other.getClass())) {
          return false;
        }
        InvocationHandler h = Proxy.getInvocationHandler(other);
        return h instanceof GuestInvocationHandler
            && ((GuestInvocationHandler) h).target.equals(target);
    }
  }

  /** The resolved method, by identity first, then by the map; null before its first call. */
  private Resolved find(Method method) {
    Resolved[] known = byIdentity;
    for (Resolved r : known) {
      if (r.key == method) {
        return r;
      }
    }
    Resolved r = resolved.get(method); // another Method object for the same method
    if (r != null) {
      remember(r);
    }
    return r;
  }

  /** Adds {@code r} to {@link #byIdentity}; a lost race only drops it, which the map still has. */
  private void remember(Resolved r) {
    Resolved[] known = byIdentity;
    if (known.length < MAX_BY_IDENTITY) {
      Resolved[] more = Arrays.copyOf(known, known.length + 1);
      more[known.length] = r;
      byIdentity = more;
    }
  }

  /**
   * What {@code b} does on this proxy, decided on its first call: the functional method of a proxy
   * over a callable calls it; other methods find their guest name (exact, then the snake_case
   * fallback) and whether that attribute is called or read; a setter whose guest has none of its
   * names writes (creates) the first, as assigning an attribute does in the guest.
   */
  private Resolved resolve(MethodBinding b, Method key) {
    Type resultType = b.result() == null ? void.class : b.result().type();
    Resolved r;
    if (asFunction && b.method().equals(binding.functional())) {
      r = new Resolved(key, b, How.FUNCTION, null, resultType);
    } else {
      r = null;
      List<String> names = target.language() == Language.PYTHON ? b.pythonNames() : b.names();
      for (String name : names) {
        if (target.has(name)) {
          r = new Resolved(key, b, how(b, name), name, resultType);
          break;
        }
      }
      if (r == null && b.kind() == Kind.SETTER) {
        r = new Resolved(key, b, How.SET, names.get(0), resultType); // creates the attribute
      }
      if (r == null) {
        throw new BindingException(
            b.method(),
            target.language().displayName()
                + " "
                + target.typeName()
                + " object has no attribute for this method (tried "
                + String.join(", ", names.stream().map(n -> "'" + n + "'").toList())
                + "). Add it to the guest object, or name it with @GuestName");
      }
    }
    resolved.put(key, r);
    remember(r);
    return r;
  }

  /**
   * A getter reads and a setter writes its attribute; their method forms ({@code getFoo}, {@code
   * set_foo}) and other methods are called when callable; a no-argument method whose attribute is
   * not callable reads it.
   */
  private How how(MethodBinding b, String name) {
    boolean call = !b.attributeForms().contains(name) && target.get(name).isCallable();
    if (b.kind() == Kind.SETTER) {
      return call ? How.INVOKE : How.SET;
    }
    return call || b.method().getParameterCount() > 0 ? How.INVOKE : How.READ;
  }

  private static Object[] positional(MethodBinding b, Object[] args) {
    return b.varargs() ? spread(args) : args;
  }

  private static Object convert(MethodBinding b, Handle result) {
    if (b.result() == null) {
      return null;
    }
    if (b.method().getReturnType() == Handle.class) {
      return result;
    }
    return result.as(b.result());
  }

  private static Handle callWith(
      MethodBinding b,
      Object[] args,
      java.util.function.Function<Object[], Handle> positionalCall,
      java.util.function.BiFunction<Map<String, Object>, Object[], Handle> keywordCall) {
    if (!b.hasKeywords()) {
      return positionalCall.apply(b.varargs() ? spread(args) : args);
    }
    Map<String, Object> kw = new LinkedHashMap<>();
    List<Object> positional = new ArrayList<>();
    String[] names = b.kwNames();
    for (int i = 0; i < args.length; i++) {
      if (names[i] != null) {
        kw.put(names[i], args[i]);
      } else {
        positional.add(args[i]);
      }
    }
    Object[] rest = positional.toArray();
    return keywordCall.apply(kw, b.varargs() ? spread(rest) : rest);
  }

  private static Object[] spread(Object[] args) {
    Object last = args[args.length - 1];
    if (last == null) {
      return args;
    }
    int extra = Array.getLength(last);
    Object[] out = new Object[args.length - 1 + extra];
    System.arraycopy(args, 0, out, 0, args.length - 1);
    for (int i = 0; i < extra; i++) {
      out[args.length - 1 + i] = Array.get(last, i);
    }
    return out;
  }

  /** How a resolved method reaches the guest. */
  private enum How {
    /** Calls the proxy's target itself (the functional method of a proxy over a callable). */
    FUNCTION,
    /** Calls the guest method of that name. */
    INVOKE,
    /** Reads the guest attribute of that name. */
    READ,
    /** Writes the guest attribute of that name. */
    SET
  }

  /**
   * A method of this proxy resolved on its first call: binding, guest name, and how to reach it.
   */
  private static final class Resolved {
    /** The method object the proxy passed when this was resolved. */
    final Method key;

    final MethodBinding binding;
    final How how;
    final String name;

    /** The result's type, {@code void.class} for none. */
    final Type resultType;

    /** Whether some parameter is passed by keyword. */
    final boolean keywords;

    Resolved(Method key, MethodBinding binding, How how, String name, Type resultType) {
      this.key = key;
      this.binding = binding;
      this.how = how;
      this.name = name;
      this.resultType = resultType;
      this.keywords = binding.hasKeywords();
    }
  }
}
