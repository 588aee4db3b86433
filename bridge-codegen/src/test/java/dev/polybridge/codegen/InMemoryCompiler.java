package dev.polybridge.codegen;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory with javax.tools, {@code --release 17 -Xlint:all -Werror},
 * against the test class path (bridge-core), and loads the classes from memory.
 */
final class InMemoryCompiler {
  private InMemoryCompiler() {}

  /**
   * What javac said and, when it succeeded, a loader for the classes.
   *
   * @param diagnostics each error or warning as {@code Type.java:line: message}
   * @param loader the compiled classes, or null when compilation failed
   */
  record Compilation(List<String> diagnostics, ClassLoader loader) {}

  /** Compiles {@code sources} (qualified type name to text). */
  static Compilation compile(Map<String, String> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
    StandardJavaFileManager standard =
        javac.getStandardFileManager(collected, Locale.ROOT, StandardCharsets.UTF_8);
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    ForwardingJavaFileManager<StandardJavaFileManager> files =
        new ForwardingJavaFileManager<>(standard) {
          @Override
          public JavaFileObject getJavaFileForOutput(
              Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(
                URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
              @Override
              public OutputStream openOutputStream() {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                classes.put(className, out);
                return out;
              }
            };
          }
        };
    List<JavaFileObject> units = new ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      units.add(source(e.getKey(), e.getValue()));
    }
    List<String> options =
        List.of(
            "--release",
            "17",
            "-Xlint:all",
            "-Werror",
            "-proc:none",
            "-encoding",
            "UTF-8",
            "-classpath",
            System.getProperty("java.class.path"));
    boolean ok = javac.getTask(null, files, collected, options, null, units).call();
    List<String> diagnostics = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : collected.getDiagnostics()) {
      String file = d.getSource() == null ? "" : d.getSource().getName();
      diagnostics.add(
          file.substring(file.lastIndexOf('/') + 1)
              + ":"
              + d.getLineNumber()
              + ": "
              + d.getKind()
              + ": "
              + d.getMessage(Locale.ROOT));
    }
    if (!ok) {
      return new Compilation(diagnostics, null);
    }
    ClassLoader loader =
        new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            ByteArrayOutputStream bytes = classes.get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] b = bytes.toByteArray();
            return defineClass(name, b, 0, b.length);
          }
        };
    return new Compilation(diagnostics, loader);
  }

  private static JavaFileObject source(String typeName, String text) {
    URI uri = URI.create("mem:///" + typeName.replace('.', '/') + ".java");
    return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
