package dev.polybridge.graal.reach;

import dev.polybridge.Bridge;

/**
 * Runs in a child JVM from a packaged jar: imports a Python package that exists only as resources
 * under {@code jarpython/} in that jar and prints what it returns.
 */
public final class ResourceJarMain {
  private ResourceJarMain() {}

  public static void main(String[] args) {
    try (Bridge bridge = Bridge.builder().pythonPathResource("jarpython").build()) {
      String shout =
          bridge
              .python()
              .importModule("jarpkg.words")
              .invoke("shout", "from the jar")
              .as(String.class);
      String where = bridge.python().importModule("jarpkg").get("WHERE").as(String.class);
      System.out.println(shout + " | " + where);
    }
  }
}
