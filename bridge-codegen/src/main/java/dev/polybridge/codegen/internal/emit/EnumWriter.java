package dev.polybridge.codegen.internal.emit;

import dev.polybridge.codegen.internal.model.PyClass;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code enum.Enum} as a Java enum: the same constant names, in order, and {@code @GuestClass}.
 */
final class EnumWriter {
  private EnumWriter() {}

  static SourceFile write(PyClass c, Scope scope) {
    String name = scope.naming().classType(c.fullName());
    SourceFile file = scope.file(name, "enum " + c.fullName());
    Javadoc doc =
        new Javadoc()
            .text(Docstring.parse(c.doc()).body())
            .html("Python enum " + Javadoc.code(c.fullName()) + ".");
    file.declaration(
        doc,
        "@"
            + file.imports().use("dev.polybridge.GuestClass")
            + "(\""
            + c.fullName()
            + "\")\npublic enum "
            + name
            + " {");
    List<String> constants = new ArrayList<>();
    for (PyClass.EnumMember m : c.members()) {
      String constant = m.name();
      if (JavaNames.reserved(constant)) {
        constant = constant + "_";
        scope
            .warnings()
            .add(
                c.fullName() + "." + m.name(),
                "is a Java keyword; the constant is " + constant + " and does not convert by name");
      }
      constants.add(
          new Javadoc().html("Python value " + Javadoc.code(m.value()) + ".").render("  ")
              + "  "
              + constant);
    }
    if (!constants.isEmpty()) {
      file.member(String.join(",\n", constants) + "\n");
    }
    return file;
  }
}
