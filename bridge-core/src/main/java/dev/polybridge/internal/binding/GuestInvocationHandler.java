package dev.polybridge.internal.binding;

import dev.polybridge.BindingException;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.internal.binding.MethodBinding.Kind;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The handler behind one bound proxy. Which guest name a method resolves to (exact, or the
 * snake_case fallback) and whether that attribute is callable are found on the first call and
 * remembered for this proxy, so later calls go straight to the guest.
 */
public final class GuestInvocationHandler implements InvocationHandler {
  private static final Object[] NO_ARGS = new Object[0];

  private final Handle target;
  private final InterfaceBinding binding;
  private final boolean asFunction;
  private final Map<Method, Resolved> resolved = new ConcurrentHashMap<>();

  /**
   * A handler calling into {@code target}.
   *
   * @param asFunction when true, the interface's single abstract method calls {@code target} itself
   */
  public GuestInvocationHandler(Handle target, InterfaceBinding binding, boolean asFunction) {
    this.target = target;
    this.binding = binding;
    this.asFunction = asFunction;
  }

  /** The guest value behind the proxy. */
  public Handle target() {
    return target;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    MethodBinding b = binding.binding(method);
    Object[] a = args == null ? NO_ARGS : args;
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
        break;
    }
    if (asFunction && method.equals(binding.functional())) {
      return convert(b, callWith(b, a, target::call, target::callKw));
    }
    Resolved r = resolve(b);
    switch (b.kind()) {
      case SETTER:
        target.set(r.name, a[0]);
        return null;
      case GETTER:
      case CALL:
        if (a.length == 0 && !r.call) {
          return convert(b, target.get(r.name));
        }
        return convert(
            b,
            callWith(
                b,
                a,
                positional -> target.invoke(r.name, positional),
                (kw, positional) -> target.invokeKw(r.name, kw, positional)));
      default:
        throw new AssertionError(b.kind());
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

  private Resolved resolve(MethodBinding b) {
    Resolved r = resolved.get(b.method());
    if (r == null) {
      List<String> names = target.language() == Language.PYTHON ? b.pythonNames() : b.names();
      for (String name : names) {
        if (target.has(name)) {
          // A getter reads its attribute; its method form (getFoo) and other methods are called
          // when callable, and a non-callable attribute of a no-argument method is read.
          boolean call =
              b.kind() != Kind.SETTER
                  && !b.attributeForms().contains(name)
                  && target.get(name).isCallable();
          r = new Resolved(name, call);
          break;
        }
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
      resolved.put(b.method(), r);
    }
    return r;
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
    return keywordCall.apply(kw, positional.toArray());
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

  /** The guest name a method resolved to on this proxy, and whether a no-argument call calls it. */
  private static final class Resolved {
    final String name;
    final boolean call;

    Resolved(String name, boolean call) {
      this.name = name;
      this.call = call;
    }
  }
}
