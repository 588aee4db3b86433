package dev.polybridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bridge-core alone has no backend: what a user sees before adding bridge-graal. */
class BridgeWithoutBackendTest {

  @Test
  void createWithoutABackendNamesTheDependencyToAdd() {
    BridgeException e = assertThrows(BridgeException.class, Bridge::create);

    assertTrue(
        e.getMessage().contains("dev.polybridge:bridge-graal"),
        "message should name the artifact: " + e.getMessage());
    assertEquals(
        "No Polybridge backend found on the class path or module path. Add the dependency"
            + " dev.polybridge:bridge-graal (it runs Python and JavaScript on GraalVM).",
        e.getMessage());
  }

  @Test
  void pythonPathMustBeAnExistingDirectory(@TempDir Path tmp) {
    Path missing = tmp.resolve("missing");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bridge.builder().pythonPath(missing));

    assertEquals(
        "pythonPath entry " + missing + " is not a directory; pass an existing directory",
        e.getMessage());
  }

  @Test
  void jsModulePathMustBeAnExistingDirectory(@TempDir Path tmp) {
    Path missing = tmp.resolve("missing");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bridge.builder().jsModulePath(missing));

    assertEquals(
        "jsModulePath entry " + missing + " is not a directory; pass an existing directory",
        e.getMessage());
  }

  @Test
  void pythonPathResourceNeedsAFolderName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Bridge.builder().pythonPathResource("/"));

    assertEquals(
        "pythonPathResource needs a folder name such as \"python\", got \"/\"", e.getMessage());
  }

  @Test
  void nullBuilderArgumentsAreRejectedNamingTheParameter() {
    NullPointerException entry =
        assertThrows(NullPointerException.class, () -> Bridge.builder().pythonPath((Path) null));
    NullPointerException defaults =
        assertThrows(NullPointerException.class, () -> Bridge.builder().defaults(null));

    assertEquals("pythonPath entry", entry.getMessage());
    assertEquals("defaults", defaults.getMessage());
  }

  @Test
  void languageIdsAreLowerCaseNames() {
    assertEquals("python", Language.PYTHON.id());
    assertEquals("js", Language.JS.id());
    assertEquals("Python", Language.PYTHON.displayName());
    assertEquals("JavaScript", Language.JS.displayName());
  }
}
