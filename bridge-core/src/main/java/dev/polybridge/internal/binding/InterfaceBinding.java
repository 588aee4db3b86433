package dev.polybridge.internal.binding;

import dev.polybridge.BindingException;
import dev.polybridge.GuestName;
import dev.polybridge.Kw;
import dev.polybridge.TypeRef;
import dev.polybridge.internal.binding.MethodBinding.Kind;
import dev.polybridge.spi.Names;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An interface parsed for binding: one immutable {@link MethodBinding} per method, made once per
 * interface and cached, so a proxied call does no reflection or name parsing.
 */
public final class InterfaceBinding {
  private static final ClassValue<InterfaceBinding> CACHE =
      new ClassValue<>() {
        @Override
        protected InterfaceBinding computeValue(Class<?> type) {
          return new InterfaceBinding(type);
        }
      };

  private final Class<?> iface;
  private final Map<Method, MethodBinding> methods = new HashMap<>();
  private final Method functional;
  private final Map<Method, MethodHandle> defaultBodies = new ConcurrentHashMap<>();

  private InterfaceBinding(Class<?> iface) {
    if (!iface.isInterface()) {
      throw new BindingException(
          null,
          iface.getSimpleName()
              + " is a class; only interfaces can be bound to guest objects. Declare an"
              + " interface with the methods you need, register a TypeConverter for "
              + iface.getSimpleName()
              + " on Bridge.builder().converter(...), or ask for Handle.");
    }
    this.iface = iface;
    Method sam = null;
    int abstractCount = 0;
    for (Method m : iface.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      MethodBinding b = parse(m);
      methods.put(m, b);
      if (b.kind() != Kind.DEFAULT && b.kind() != Kind.OBJECT) {
        abstractCount++;
        sam = m;
      }
    }
    for (String name : List.of("toString", "equals", "hashCode")) {
      for (Method m : Object.class.getMethods()) {
        if (m.getName().equals(name)) {
          methods.putIfAbsent(m, objectMethod(m));
        }
      }
    }
    this.functional = abstractCount == 1 ? sam : null;
  }

  /** The binding of {@code iface}, parsed on first use. */
  public static InterfaceBinding of(Class<?> iface) {
    return CACHE.get(iface);
  }

  /** The interface. */
  public Class<?> iface() {
    return iface;
  }

  /** The single abstract method when the interface is functional, else null. */
  public Method functional() {
    return functional;
  }

  /**
   * A handle on the Java body of a {@code default} method, for interfaces {@link
   * InvocationHandler#invokeDefault} cannot reach (package-private ones): found once, cached.
   */
  MethodHandle defaultBody(Method m) throws IllegalAccessException {
    MethodHandle h = defaultBodies.get(m);
    if (h == null) {
      Class<?> declaring = m.getDeclaringClass();
      InterfaceBinding.class.getModule().addReads(declaring.getModule());
      h =
          MethodHandles.privateLookupIn(declaring, MethodHandles.lookup())
              .unreflectSpecial(m, declaring);
      defaultBodies.putIfAbsent(m, h);
    }
    return h;
  }

  /**
   * For each method bound to a guest attribute, the names tried for it, in order: what a caller can
   * check before binding. Setters are left out: they may create their attribute.
   */
  public Map<Method, List<String>> guestNames(boolean python) {
    Map<Method, List<String>> out = new java.util.LinkedHashMap<>();
    for (MethodBinding b : methods.values()) {
      if (b.kind() == Kind.GETTER || b.kind() == Kind.CALL) {
        out.put(b.method(), python ? b.pythonNames() : b.names());
      }
    }
    return out;
  }

  MethodBinding binding(Method m) {
    MethodBinding b = methods.get(m);
    if (b == null) {
      throw new BindingException(m, "method is not part of " + iface.getName());
    }
    return b;
  }

  private static MethodBinding objectMethod(Method m) {
    return new MethodBinding(
        m, Kind.OBJECT, List.of(), List.of(), new String[0], false, null, Set.of());
  }

  private static MethodBinding parse(Method m) {
    if (isObjectMethod(m)) {
      return objectMethod(m);
    }
    if (m.isDefault()) {
      return new MethodBinding(
          m, Kind.DEFAULT, List.of(), List.of(), new String[0], false, null, Set.of());
    }
    if (m.getTypeParameters().length > 0
        && m.getGenericReturnType() instanceof java.lang.reflect.TypeVariable) {
      throw new BindingException(
          m,
          "a generic method cannot be bound: its result type is only known at the call site."
              + " Declare a concrete result type, or return Handle and convert with as(...)");
    }
    String name = m.getName();
    int params = m.getParameterCount();
    Class<?> ret = m.getReturnType();
    GuestName override = m.getAnnotation(GuestName.class);
    TypeRef<?> result = ret == void.class ? null : TypeRef.of(m.getGenericReturnType());
    String[] kw = keywordNames(m);
    Kind kind = Kind.CALL;
    String attribute = name;
    if (params == 0 && ret != void.class && isAccessor(name, "get")) {
      kind = Kind.GETTER;
      attribute = decapitalize(name.substring(3));
    } else if (params == 0
        && (ret == boolean.class || ret == Boolean.class)
        && isAccessor(name, "is")) {
      kind = Kind.GETTER;
      attribute = decapitalize(name.substring(2));
    } else if (params == 1 && ret == void.class && isAccessor(name, "set") && kw[0] == null) {
      kind = Kind.SETTER;
      attribute = decapitalize(name.substring(3));
    }
    List<String> names;
    List<String> pythonNames;
    if (override != null) {
      names = List.of(override.value());
      pythonNames = names;
    } else {
      names = distinct(attribute, name);
      pythonNames = distinct(attribute, Names.snakeCase(attribute), name, Names.snakeCase(name));
    }
    Set<String> attributeForms;
    if ((kind == Kind.GETTER || kind == Kind.SETTER) && override == null) {
      attributeForms = Set.copyOf(List.of(attribute, Names.snakeCase(attribute)));
    } else if (kind == Kind.SETTER) {
      // A named setter writes what it names, unless that is its own method form
      // (@GuestName("set_volume") void setVolume(int)): then it calls the guest's setter method,
      // as bridge-codegen's bindings, which name every member, need.
      String n = override.value();
      boolean methodForm = n.equals(name) || n.equals(Names.snakeCase(name));
      attributeForms = methodForm ? Set.of() : Set.of(n);
    } else {
      attributeForms = Set.of();
    }
    return new MethodBinding(
        m,
        kind,
        names,
        pythonNames,
        kw,
        m.isVarArgs() && kw[kw.length - 1] == null,
        result,
        attributeForms);
  }

  private static String[] keywordNames(Method m) {
    Parameter[] ps = m.getParameters();
    String[] kw = new String[ps.length];
    for (int i = 0; i < ps.length; i++) {
      if (!ps[i].isAnnotationPresent(Kw.class)) {
        continue;
      }
      GuestName gn = ps[i].getAnnotation(GuestName.class);
      if (gn != null) {
        kw[i] = gn.value();
      } else if (ps[i].isNamePresent()) {
        kw[i] = ps[i].getName();
      } else {
        throw new BindingException(
            m,
            "parameter "
                + i
                + " is @Kw but its name was not compiled in: add @GuestName(\"name\") to it, or"
                + " compile with javac -parameters");
      }
    }
    return kw;
  }

  private static List<String> distinct(String... names) {
    Set<String> set = new LinkedHashSet<>(List.of(names));
    return List.copyOf(new ArrayList<>(set));
  }

  private static boolean isAccessor(String name, String prefix) {
    return name.length() > prefix.length()
        && name.startsWith(prefix)
        && Character.isUpperCase(name.charAt(prefix.length()));
  }

  private static String decapitalize(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s; // URL stays URL, as JavaBeans do
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
