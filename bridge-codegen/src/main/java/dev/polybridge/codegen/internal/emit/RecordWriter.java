package dev.polybridge.codegen.internal.emit;

import dev.polybridge.codegen.internal.emit.TypeMapper.Position;
import dev.polybridge.codegen.internal.model.PyClass;
import dev.polybridge.codegen.internal.model.PyField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A dataclass, {@code TypedDict} or {@code NamedTuple} as a record: components in field order, in
 * lowerCamelCase, {@code @GuestName} on those whose Java name differs, {@code @GuestClass} on the
 * record.
 */
final class RecordWriter {
  private RecordWriter() {}

  static SourceFile write(PyClass c, Scope scope) {
    String name = scope.naming().classType(c.fullName());
    SourceFile file = scope.file(name, kindName(c) + " " + c.fullName());
    Imports imports = file.imports();
    Docstring docstring = Docstring.parse(c.doc());
    Javadoc doc =
        new Javadoc()
            .text(docstring.body())
            .html("Python " + kindName(c) + " " + Javadoc.code(c.fullName()) + ".");
    List<String> components = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (PyField f : c.fields()) {
      String where = c.fullName() + "." + f.name();
      JType t = scope.types().map(f.type(), Position.COMPONENT, where, scope.typeOf(name));
      if (!f.required() || t.isVoid()) {
        t = t.isVoid() ? JType.OBJECT : t.boxed();
      }
      String v = JavaNames.member(f.name());
      for (int i = 2; !used.add(v); i++) {
        v = JavaNames.member(f.name()) + i;
      }
      String annotation =
          v.equals(f.name())
              ? ""
              : "@" + imports.use("dev.polybridge.GuestName") + "(\"" + f.name() + "\") ";
      components.add(annotation + t.render(imports) + " " + v);
      String text = docstring.params().get(f.name());
      if (text != null) {
        doc.param(v, text);
      } else {
        doc.paramHtml(
            v, "Python " + Javadoc.code(f.name() + (f.text() == null ? "" : ": " + f.text())));
      }
    }
    String head =
        "@"
            + imports.use("dev.polybridge.GuestClass")
            + "(\""
            + c.fullName()
            + "\")\npublic record "
            + name
            + "(";
    String one = String.join(", ", components);
    String declaration;
    if (("public record " + name + "(").length() + one.length() + 3 <= 100) {
      declaration = head + one + ") {";
    } else {
      declaration = head + "\n    " + String.join(",\n    ", components) + ") {";
    }
    file.declaration(doc, declaration);
    return file;
  }

  private static String kindName(PyClass c) {
    switch (c.kind()) {
      case TYPEDDICT:
        return "TypedDict";
      case NAMEDTUPLE:
        return "NamedTuple";
      default:
        return "dataclass";
    }
  }
}
