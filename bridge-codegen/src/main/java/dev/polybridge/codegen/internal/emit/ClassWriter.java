package dev.polybridge.codegen.internal.emit;

import dev.polybridge.codegen.internal.emit.JMethod.JParam;
import dev.polybridge.codegen.internal.emit.TypeMapper.Position;
import dev.polybridge.codegen.internal.model.PyAttribute;
import dev.polybridge.codegen.internal.model.PyClass;
import dev.polybridge.codegen.internal.model.PyFunction;
import java.util.List;

/**
 * A plain class as an interface over its instances: properties and annotated attributes as getters
 * ({@code getX()}, {@code isX()} for a {@code bool}), setters {@code setX(x)} for the writable
 * ones, then its methods.
 */
final class ClassWriter {
  private ClassWriter() {}

  static SourceFile write(PyClass c, Scope scope) {
    String name = scope.naming().classType(c.fullName());
    JType self = scope.typeOf(name);
    SourceFile file = scope.file(name, "class " + c.fullName());
    Javadoc doc =
        new Javadoc()
            .text(Docstring.parse(c.doc()).body())
            .html("Instances of Python class " + Javadoc.code(c.fullName()) + ".");
    file.declaration(doc, "public interface " + name + " {");
    members(c, self, scope).methods().forEach(m -> file.member(m.render(file.imports())));
    return file;
  }

  /** The interface's methods; also what decides whether it is a functional interface. */
  static MemberSet members(PyClass c, JType self, Scope scope) {
    MemberSet members = new MemberSet(scope.warnings());
    for (PyAttribute p : c.properties()) {
      String where = c.fullName() + "." + p.name();
      JType t = scope.types().map(p.type(), Position.RESULT, where, self);
      if (t.isVoid()) {
        t = JType.OBJECT;
      }
      if (t.name().equals("java.util.Optional")) {
        t = t.args().get(0); // a property holds a value or None: its boxed type
      }
      String camel = JavaNames.lowerCamel(p.name());
      boolean flag = t.equals(JType.BOOLEAN) || t.name().equals("java.lang.Boolean");
      String getter =
          flag
              ? (camel.matches("is[A-Z].*") ? camel : "is" + JavaNames.capitalize(camel))
              : "get" + JavaNames.capitalize(camel);
      String text = p.name() + (p.text() == null ? "" : ": " + p.text());
      Javadoc d =
          new Javadoc()
              .text(Docstring.parse(p.doc()).body())
              .html("Python: " + Javadoc.code(text) + ".");
      members.add(new JMethod(getter, p.name(), t, List.of(), d), where);
      if (p.writable()) {
        String v = JavaNames.member(p.name());
        Javadoc s = new Javadoc().html("Sets Python " + Javadoc.code(text) + ".");
        List<JParam> params = List.of(new JParam(v, p.name(), t, false, false));
        members.add(
            new JMethod("set" + JavaNames.capitalize(camel), p.name(), JType.VOID, params, s),
            where);
      }
    }
    for (PyFunction f : c.methods()) {
      Methods.add(members, f, c.fullName() + "." + f.name(), self, scope);
    }
    return members;
  }
}
