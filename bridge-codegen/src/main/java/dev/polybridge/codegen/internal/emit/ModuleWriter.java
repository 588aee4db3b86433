package dev.polybridge.codegen.internal.emit;

import dev.polybridge.codegen.internal.emit.TypeMapper.Position;
import dev.polybridge.codegen.internal.model.PyAttribute;
import dev.polybridge.codegen.internal.model.PyClass;
import dev.polybridge.codegen.internal.model.PyFunction;
import dev.polybridge.codegen.internal.model.PyModule;
import java.util.List;

/**
 * A module's interface: {@code static X load(GuestContext)}, then its attributes, functions and the
 * factories of its plain classes, every member with {@code @GuestName}.
 */
final class ModuleWriter {
  private ModuleWriter() {}

  static SourceFile write(PyModule m, Scope scope) {
    String name = scope.naming().moduleType(m.name());
    SourceFile file = scope.file(name, "module " + m.name());
    Imports imports = file.imports();
    Javadoc doc =
        new Javadoc()
            .text(Docstring.parse(m.doc()).body())
            .html("Python module " + Javadoc.code(m.name()) + ", bound by {@link #load}:")
            .html(
                "<pre>{@code\n"
                    + name
                    + " "
                    + JavaNames.lowerCamel(JavaNames.member(name))
                    + " = "
                    + name
                    + ".load(bridge.python());\n}</pre>");
    file.declaration(doc, "public interface " + name + " {");
    file.member(
        "  /** Imports "
            + Javadoc.code(m.name())
            + " in {@code ctx} and binds it to this interface. */\n"
            + "  static "
            + name
            + " load("
            + imports.use("dev.polybridge.GuestContext")
            + " ctx) {\n"
            + "    return ctx.importModule(\""
            + m.name()
            + "\").as("
            + name
            + ".class);\n"
            + "  }\n");
    MemberSet members = new MemberSet(scope.warnings());
    for (PyAttribute a : m.attributes()) {
      String where = m.name() + "." + a.name();
      JType t = scope.types().map(a.type(), Position.RESULT, where, null);
      if (t.isVoid()) {
        t = JType.OBJECT;
      }
      Javadoc d =
          new Javadoc()
              .html(
                  "Python attribute "
                      + Javadoc.code(a.name() + (a.text() == null ? "" : ": " + a.text()))
                      + ".");
      members.add(new JMethod(JavaNames.member(a.name()), a.name(), t, List.of(), d), where);
    }
    for (PyFunction f : m.functions()) {
      Methods.add(members, f, m.name() + "." + f.name(), null, scope);
    }
    for (PyClass c : m.classes()) {
      if (c.kind() == PyClass.Kind.CLASS && c.init() != null) {
        JType type = scope.typeOf(scope.naming().classType(c.fullName()));
        Methods.addFactory(members, c.name(), c.init(), type, m.name() + "." + c.name(), scope);
      }
    }
    for (JMethod method : members.methods()) {
      file.member(method.render(imports));
    }
    return file;
  }
}
