package dev.polybridge.maven.internal;

/** Prints the system properties named by its arguments, one {@code name=value} per line. */
public final class PrintProperties {
  private PrintProperties() {}

  public static void main(String[] args) {
    for (String name : args) {
      System.out.println(name + "=" + System.getProperty(name));
    }
  }
}
