package dev.polybridge.codegen.internal.emit;

import dev.polybridge.codegen.internal.emit.JMethod.JParam;
import dev.polybridge.codegen.internal.emit.TypeMapper.Position;
import dev.polybridge.codegen.internal.model.PyFunction;
import dev.polybridge.codegen.internal.model.PySignature;
import dev.polybridge.codegen.internal.model.PyType;
import java.util.List;

/** Python functions as interface methods: one per overload and telescoped signature. */
final class Methods {
  private Methods() {}

  /**
   * Adds {@code f}'s methods to {@code members}.
   *
   * @param owner {@code module.function} or {@code module.Class.method}, for warnings
   * @param self the type {@code typing.Self} stands for, or null
   */
  static void add(MemberSet members, PyFunction f, String owner, JType self, Scope scope) {
    String name = JavaNames.member(f.name());
    Docstring doc = Docstring.parse(f.doc());
    for (PySignature sig : f.overloads()) {
      JType result = result(sig, f.async(), owner, self, scope);
      for (List<JParam> params :
          Overloads.expand(sig, scope.types(), owner, self, scope.warnings())) {
        if (bindsAsAssignment(name, f.name(), result, params)) {
          scope
              .warnings()
              .add(
                  owner,
                  "the Java method "
                      + name
                      + " would bind as a setter that assigns '"
                      + f.name()
                      + "' instead of calling it; left out");
          continue;
        }
        JMethod m =
            new JMethod(name, f.name(), result, params, javadoc(doc, sig.text(), params, result));
        members.add(m, owner);
      }
    }
  }

  /** A factory {@code newFoo(...)} per telescoped constructor signature of a class. */
  static void addFactory(
      MemberSet members,
      String exportedName,
      PySignature init,
      JType type,
      String owner,
      Scope scope) {
    String simple = type.name().substring(type.name().lastIndexOf('.') + 1);
    for (List<JParam> params :
        Overloads.expand(init, scope.types(), owner, type, scope.warnings())) {
      Javadoc doc =
          new Javadoc()
              .html("Creates a {@link " + simple + "}: Python " + Javadoc.code(init.text()) + ".");
      members.add(new JMethod("new" + simple, exportedName, type, params, doc), owner);
    }
  }

  /**
   * Whether the binder would take this method for a setter of an attribute: {@code void setX(v)}
   * calls the guest method only when its {@code @GuestName} is its own method form ({@code set_x}).
   */
  private static boolean bindsAsAssignment(
      String name, String pythonName, JType result, List<JParam> params) {
    boolean setterShape =
        result.isVoid()
            && params.size() == 1
            && !params.get(0).keyword()
            && name.length() > 3
            && name.startsWith("set")
            && Character.isUpperCase(name.charAt(3));
    return setterShape
        && !pythonName.equals(name)
        && !pythonName.equals(dev.polybridge.spi.Names.snakeCase(name));
  }

  private static JType result(
      PySignature sig, boolean async, String owner, JType self, Scope scope) {
    String where = owner + ": result";
    if (!async) {
      return scope.types().map(sig.returns(), Position.RESULT, where, self);
    }
    PyType r = sig.returns();
    JType value =
        r instanceof PyType.None
            ? JType.of("java.lang.Void")
            : scope.types().map(r, Position.ARGUMENT, where, self);
    return JType.of("java.util.concurrent.CompletableFuture", value);
  }

  private static Javadoc javadoc(Docstring doc, String text, List<JParam> params, JType result) {
    Javadoc j = new Javadoc().text(doc.body()).html("Python: " + Javadoc.code(text));
    for (JParam p : params) {
      j.param(p.name(), doc.params().get(p.pythonName()));
    }
    if (!result.isVoid()) {
      j.returns(doc.returns());
    }
    return j;
  }
}
