package dev.polybridge.codegen.internal.emit;

import java.util.List;

/**
 * One abstract method of a generated interface, ready to render.
 *
 * @param name the Java name
 * @param guestName the Python name, for {@code @GuestName}
 * @param result the result type ({@link JType#VOID} for none)
 * @param params the parameters in Java order
 * @param doc its Javadoc
 */
record JMethod(String name, String guestName, JType result, List<JParam> params, Javadoc doc) {

  /**
   * One parameter.
   *
   * @param name the Java name
   * @param pythonName the Python name
   * @param type its type (the element type for varargs)
   * @param keyword whether it is passed as a keyword argument ({@code @Kw})
   * @param varargs whether it is the trailing {@code T...}
   */
  record JParam(String name, String pythonName, JType type, boolean keyword, boolean varargs) {}

  /** The parameter types as Java sees them when it resolves overloads. */
  List<JType> signature() {
    return params.stream()
        .map(p -> p.varargs() ? new JType(p.type().name(), p.type().args(), true, -1) : p.type())
        .toList();
  }

  /** {@code name(long, java.util.List)}: what two methods must not share. */
  String erasure() {
    StringBuilder sb = new StringBuilder(name).append('(');
    List<JType> sig = signature();
    for (int i = 0; i < sig.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(sig.get(i).erasure());
    }
    return sb.append(')').toString();
  }

  /** The method as source, indented by two spaces. */
  String render(Imports imports) {
    StringBuilder sb = new StringBuilder(doc.render("  "));
    sb.append("  @").append(imports.use("dev.polybridge.GuestName"));
    sb.append("(\"").append(guestName).append("\")\n");
    String head = "  " + result.render(imports) + " " + name + "(";
    StringBuilder one = new StringBuilder();
    String[] rendered = new String[params.size()];
    for (int i = 0; i < params.size(); i++) {
      rendered[i] = param(params.get(i), imports);
      one.append(i == 0 ? "" : ", ").append(rendered[i]);
    }
    if (head.length() + one.length() + 2 <= 100) {
      return sb.append(head).append(one).append(");\n").toString();
    }
    sb.append(head).append('\n');
    if (6 + one.length() + 2 <= 100) {
      return sb.append("      ").append(one).append(");\n").toString();
    }
    for (int i = 0; i < rendered.length; i++) {
      sb.append("      ").append(rendered[i]).append(i + 1 < rendered.length ? ",\n" : ");\n");
    }
    return sb.toString();
  }

  private static String param(JParam p, Imports imports) {
    StringBuilder sb = new StringBuilder();
    if (p.keyword()) {
      sb.append('@').append(imports.use("dev.polybridge.Kw")).append(' ');
      sb.append('@').append(imports.use("dev.polybridge.GuestName"));
      sb.append("(\"").append(p.pythonName()).append("\") ");
    }
    sb.append(p.type().render(imports)).append(p.varargs() ? "... " : " ").append(p.name());
    return sb.toString();
  }
}
