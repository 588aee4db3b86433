package it;

import org.graalvm.polyglot.Engine;

/** Prints the polyglot engine's implementation ("GraalVM CE" when optimizing) and Version.text(). */
public final class Check {
  private Check() {}

  public static void main(String[] args) {
    try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
      System.out.println("engine=" + engine.getImplementationName());
    }
    System.out.println("version=" + Version.text());
    if (args.length > 0) {
      System.out.println("arguments=" + String.join(" ", args));
    }
  }
}
