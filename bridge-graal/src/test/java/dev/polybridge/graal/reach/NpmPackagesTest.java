package dev.polybridge.graal.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.TypeRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real npm packages, relative files and ES modules through {@code jsModulePath}. */
class NpmPackagesTest {
  @TempDir static Path extra;

  private static Bridge bridge;
  private static GuestContext js;

  @BeforeAll
  static void installedPackagesResolveFromTheModulePath() throws Exception {
    Files.writeString(
        extra.resolve("local_helper.js"), "module.exports = { twice: (x) => 2 * x };\n");
    Files.writeString(
        extra.resolve("shapes.mjs"),
        "export const sides = { triangle: 3, square: 4 };\n"
            + "export function area(w, h) { return w * h; }\n");
    bridge = Bridge.builder().jsModulePath(TestPackages.npmFolder(), extra).build();
    js = bridge.newContext(Language.JS);
  }

  @AfterAll
  static void close() {
    bridge.close();
  }

  /** node_modules in {@code dir} and each folder above it, as node searches them. */
  private static String nodeModulesAbove(Path dir) {
    List<String> out = new java.util.ArrayList<>();
    for (Path p = dir; p != null; p = p.getParent()) {
      out.add(p.resolve("node_modules").toString());
    }
    return String.join(", ", out);
  }

  @Test
  void lodashResolvesThroughPackageJsonMain() {
    Handle lodash = js.importModule("lodash");
    assertEquals(
        List.of(List.of(1, 2), List.of(3, 4), List.of(5)),
        lodash
            .invoke("chunk", List.of(1, 2, 3, 4, 5), 2)
            .as(new TypeRef<List<List<Integer>>>() {}));
    assertEquals("4.17.21", lodash.get("VERSION").as(String.class));
  }

  @Test
  void jsYamlResolvesThroughPackageJsonExports() {
    Handle yaml = js.importModule("js-yaml");
    assertEquals(
        Map.of("name", "polybridge", "langs", List.of("python", "js")),
        yaml.invoke("load", "name: polybridge\nlangs: [python, js]\n").as(Object.class));
  }

  @Test
  void aRelativeFileResolvesFromTheModulePath() {
    assertEquals(42, js.importModule("./local_helper.js").invoke("twice", 21).as(Integer.class));
  }

  @Test
  void anEsModuleNameEndingInMjsGivesItsExports() {
    Handle shapes = js.importModule("shapes.mjs");
    assertEquals(12, shapes.invoke("area", 3, 4).as(Integer.class));
    assertEquals(4, shapes.get("sides").get("square").as(Integer.class));
  }

  @Test
  void anUnknownPackageSaysItCannotBeFound() {
    GuestException e = assertThrows(GuestException.class, () -> js.importModule("no-such-pkg"));
    Path root = TestPackages.npmFolder().toAbsolutePath().normalize();
    assertEquals("Error", e.guestType());
    assertEquals(
        "Cannot find package 'no-such-pkg' from "
            + root
            + ": it is in none of "
            + nodeModulesAbove(root)
            + ", "
            + extra.toAbsolutePath().normalize().resolve("node_modules"),
        e.guestMessage());
  }
}
