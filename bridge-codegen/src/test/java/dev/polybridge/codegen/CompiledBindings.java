package dev.polybridge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Generated bindings compiled in memory, used by reflection: their types, records and enum
 * constants by simple name, and calls that pick the one overload the arguments fit.
 */
final class CompiledBindings {
  private final ClassLoader loader;
  private final String packageName;

  CompiledBindings(ClassLoader loader, String packageName) {
    this.loader = loader;
    this.packageName = packageName;
  }

  Class<?> type(String simpleName) {
    try {
      return loader.loadClass(packageName + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(simpleName + " was not generated", e);
    }
  }

  /** An instance of the generated record {@code simpleName}, by its canonical constructor. */
  Object record(String simpleName, Object... components) {
    Class<?> type = type(simpleName);
    Class<?>[] types =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      return type.getDeclaredConstructor(types).newInstance(components);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  Object constant(String enumName, String name) {
    return Enum.valueOf((Class) type(enumName), name);
  }

  /** Calls the one method of {@code iface} of that name and arity the arguments fit. */
  static Object invoke(Object target, Class<?> iface, String method, Object... args)
      throws Exception {
    List<Method> fits = new ArrayList<>();
    for (Method m : iface.getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length && accepts(m, args)) {
        fits.add(m);
      }
    }
    assertEquals(1, fits.size(), "methods " + method + " taking " + Arrays.toString(args));
    return invoke(fits.get(0), target, args);
  }

  /** Calls {@code m}, throwing what the method threw. */
  static Object invoke(Method m, Object target, Object... args) throws Exception {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
  }

  /** The names of an interface's abstract methods. */
  static TreeSet<String> memberNames(Class<?> iface) {
    TreeSet<String> out = new TreeSet<>();
    for (Method m : iface.getDeclaredMethods()) {
      if (!Modifier.isStatic(m.getModifiers())) {
        out.add(m.getName());
      }
    }
    return out;
  }

  private static boolean accepts(Method m, Object[] args) {
    Class<?>[] types = m.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      Class<?> t = types[i].isPrimitive() ? box(types[i]) : types[i];
      if (args[i] != null && !t.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> box(Class<?> primitive) {
    if (primitive == long.class) {
      return Long.class;
    }
    if (primitive == double.class) {
      return Double.class;
    }
    return Boolean.class;
  }
}
