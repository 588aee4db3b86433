package dev.polybridge.maven.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls bridge-codegen's public API ({@code dev.polybridge.codegen.Generator}, {@code
 * GenerationRequest}) in a class loader that has it: the plugin's, when the project lists {@code
 * dev.polybridge:bridge-codegen} as a dependency of the plugin.
 *
 * <p>Why by reflection: bridge-graal, which bridge-codegen needs, is built with this plugin (its
 * {@code jit} goal), so a Maven dependency from this plugin on bridge-codegen would be a cycle in
 * the reactor that Maven refuses. The project using {@code generate} supplies the generator
 * instead, at the version it wants.
 */
public final class Codegen {
  private static final String PKG = "dev.polybridge.codegen.";

  private Codegen() {}

  /** What to generate: the fields of a {@code GenerationRequest}. */
  public record Settings(
      List<String> modules,
      List<Path> pythonPath,
      String packageName,
      Path outputDirectory,
      boolean strict) {
    public Settings {
      modules = List.copyOf(modules);
      pythonPath = List.copyOf(pythonPath);
    }
  }

  /** What {@code Generator.generate} returned. */
  public record Generated(
      int files, List<String> warnings, List<Path> sourceFiles, boolean written, boolean failed) {}

  /** What {@code Generator.check} returned. */
  public record Checked(List<String> warnings, boolean upToDate, boolean failed, String report) {}

  /** The generator is missing, the request was refused, or generation raised. */
  public static final class CodegenException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String pythonTraceback;

    CodegenException(String message, String pythonTraceback, Throwable cause) {
      super(message, cause);
      this.pythonTraceback = pythonTraceback == null ? "" : pythonTraceback;
    }

    /** Python's traceback when a module raised while imported, else empty. */
    public String pythonTraceback() {
      return pythonTraceback;
    }
  }

  /** {@code Generator.generate(request)}: writes the sources under the output directory. */
  public static Generated generate(ClassLoader loader, Settings settings) throws CodegenException {
    Object result = call(loader, "generate", settings);
    return new Generated(
        ((List<?>) get(result, "files")).size(),
        strings(get(result, "warnings")),
        paths(get(result, "sourceFiles")),
        (Boolean) get(result, "written"),
        (Boolean) get(result, "failed"));
  }

  /** {@code Generator.check(request)}: compares the output directory, writes nothing. */
  public static Checked check(ClassLoader loader, Settings settings) throws CodegenException {
    Object result = call(loader, "check", settings);
    return new Checked(
        strings(get(result, "warnings")),
        (Boolean) get(result, "upToDate"),
        (Boolean) get(result, "failed"),
        (String) get(result, "report"));
  }

  private static Object call(ClassLoader loader, String method, Settings s)
      throws CodegenException {
    Class<?> generator;
    Class<?> request;
    try {
      generator = Class.forName(PKG + "Generator", true, loader);
      request = Class.forName(PKG + "GenerationRequest", true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new CodegenException(
          "bridge-codegen is not on the plugin's class path: add dev.polybridge:bridge-codegen"
              + " (same version as the plugin) under <dependencies> of polybridge-maven-plugin in"
              + " your pom.xml",
          null,
          e);
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader); // GraalVM finds its languages through it
    try {
      Object builder = request.getMethod("builder").invoke(null);
      Class<?> b = builder.getClass();
      b.getMethod("modules", List.class).invoke(builder, s.modules());
      b.getMethod("pythonPath", List.class).invoke(builder, s.pythonPath());
      b.getMethod("packageName", String.class).invoke(builder, s.packageName());
      b.getMethod("outputDirectory", Path.class).invoke(builder, s.outputDirectory());
      b.getMethod("strict", boolean.class).invoke(builder, s.strict());
      Object built = b.getMethod("build").invoke(builder);
      return generator.getMethod(method, request).invoke(null, built);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      String traceback = null;
      if (cause != null && cause.getClass().getName().equals(PKG + "GenerationException")) {
        traceback = (String) get(cause, "pythonTraceback");
      }
      String message =
          cause instanceof IllegalArgumentException
              ? "bad configuration: " + cause.getMessage()
              : String.valueOf(cause == null ? e : cause.getMessage());
      throw new CodegenException(message, traceback, cause == null ? e : cause);
    } catch (ReflectiveOperationException e) {
      throw new CodegenException(
          "this bridge-codegen does not have the API the plugin calls ("
              + e
              + "): use the plugin's own version of dev.polybridge:bridge-codegen",
          null,
          e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static Object get(Object target, String accessor) {
    try {
      Method m = target.getClass().getMethod(accessor);
      return m.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "bridge-codegen's " + target.getClass().getName() + " has no " + accessor + "()", e);
    }
  }

  private static List<String> strings(Object list) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) list) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  private static List<Path> paths(Object list) {
    List<Path> out = new ArrayList<>();
    for (Object o : (List<?>) list) {
      out.add((Path) o);
    }
    return out;
  }
}
