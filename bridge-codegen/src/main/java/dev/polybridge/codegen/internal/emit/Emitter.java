package dev.polybridge.codegen.internal.emit;

import dev.polybridge.codegen.internal.model.PyClass;
import dev.polybridge.codegen.internal.model.PyModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits the Java sources for a set of inspected modules into one package: an interface per module,
 * and a record, enum or interface per public class (once, however many modules export it).
 * Deterministic: the same model gives the same text.
 */
public final class Emitter {
  private Emitter() {}

  /** The start of every generated file's first line: how generated files are recognised. */
  public static final String HEADER_PREFIX = SourceFile.HEADER_PREFIX;

  /** One generated source: its qualified type name and its text. */
  public record Source(String typeName, String text) {}

  /** What one emission produced. */
  public record Emission(List<Source> sources, List<String> warnings) {}

  public static Emission emit(List<PyModule> modules, String packageName) {
    Map<String, PyClass> classes = new LinkedHashMap<>();
    for (PyModule m : modules) {
      for (PyClass c : m.classes()) {
        classes.putIfAbsent(c.fullName(), c);
      }
    }
    // Pass one finds which generated interfaces are functional (one abstract method): javac's
    // overload checks treat those like lambdas. Pass two emits with that known.
    Map<String, Integer> arities = new HashMap<>();
    Scope first = scope(modules, classes, packageName, arities);
    for (PyClass c : classes.values()) {
      if (c.kind() == PyClass.Kind.CLASS) {
        JType self = first.typeOf(first.naming().classType(c.fullName()));
        List<JMethod> methods = ClassWriter.members(c, self, first).methods();
        if (methods.size() == 1) {
          arities.put(c.fullName(), methods.get(0).params().size());
        }
      }
    }
    Scope scope = scope(modules, classes, packageName, arities);
    for (PyModule m : modules) {
      scope.warnings().addAll(m.warnings());
    }
    List<Source> out = new ArrayList<>();
    for (PyModule m : modules) {
      out.add(source(ModuleWriter.write(m, scope)));
    }
    for (PyClass c : classes.values()) {
      SourceFile file;
      if (c.kind() == PyClass.Kind.ENUM) {
        file = EnumWriter.write(c, scope);
      } else if (c.kind().isRecord()) {
        file = RecordWriter.write(c, scope);
      } else {
        file = ClassWriter.write(c, scope);
      }
      out.add(source(file));
    }
    return new Emission(List.copyOf(out), scope.warnings().list());
  }

  private static Scope scope(
      List<PyModule> modules,
      Map<String, PyClass> classes,
      String packageName,
      Map<String, Integer> arities) {
    Warnings warnings = new Warnings();
    TypeNaming naming = new TypeNaming(modules, List.copyOf(classes.values()), warnings);
    Map<String, JType> generated = new HashMap<>();
    for (PyClass c : classes.values()) {
      String q = packageName + "." + naming.classType(c.fullName());
      Integer arity = arities.get(c.fullName());
      generated.put(
          c.fullName(), arity == null ? JType.of(q) : new JType(q, List.of(), false, arity));
    }
    return new Scope(
        packageName, naming, new TypeMapper(generated, warnings), naming.all(), warnings);
  }

  private static Source source(SourceFile file) {
    return new Source(file.qualifiedName(), file.text());
  }
}
