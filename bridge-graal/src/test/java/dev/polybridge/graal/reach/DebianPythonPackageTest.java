package dev.polybridge.graal.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real third-party Python package from Debian ({@code python3-markdown}, pure Python) imported
 * from a dist-packages folder on the Python path, in a sandboxed context.
 */
class DebianPythonPackageTest {

  @Test
  void markdownFromDebianDistPackagesRendersHtml() {
    try (Bridge bridge = Bridge.builder().pythonPath(TestPackages.debianDistPackages()).build();
        GuestContext py = bridge.newContext(Language.PYTHON)) {
      Handle markdown = py.importModule("markdown");
      assertEquals(
          "<h1>Polybridge</h1>\n<p>Python <em>from</em> Java, with <code>kwargs</code>.</p>",
          markdown
              .invoke("markdown", "# Polybridge\n\nPython *from* Java, with `kwargs`.")
              .as(String.class));
      assertEquals(
          "<p>a<br>\nb</p>",
          markdown
              .invokeKw(
                  "markdown",
                  Map.of("extensions", java.util.List.of("nl2br"), "output_format", "html"),
                  "a\nb")
              .as(String.class));
    }
  }
}
