package dev.polybridge.graal.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Module resolution answers as node's: {@code node/resolution/resolution.cases.js} runs in node and
 * in a sandboxed context, in a copy of {@code node/resolution} whose {@code packages/} folder
 * becomes {@code node_modules/}.
 */
class NodeResolutionTest extends NodeDifferentialTest {
  @TempDir static Path project;

  @Override
  Path folder() throws IOException {
    Path source = NodeComparison.fixtures().resolve("resolution");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.toList()) {
        String rel = source.relativize(f).toString().replaceFirst("^packages", "node_modules");
        Path to = project.resolve(rel);
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Files.copy(NodeComparison.fixtures().resolve("runner.js"), project.resolve("runner.js"));
    return project;
  }

  @Override
  Path casesFile(Path folder) {
    return folder.resolve("resolution.cases.js");
  }

  @Test
  void requireOfAnEsModuleGivesItsNamespaceAsNode22Does() {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      assertEquals(
          List.of("esm-only default", "HI!"),
          js.eval("const ns = require('esm-only'); [ns.default, ns.answer[1]]").as(List.class));
    }
  }

  @Test
  void importModuleOfAnEsOnlyPackageGivesItsNamespace() {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      assertEquals(
          "node util", js.importModule("esm-only").get("answer").getItem(0).as(String.class));
    }
  }

  @Test
  void namedImportsOfCommonJsSeeEveryKeyOfModuleExports() {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      assertEquals(
          "from json", js.importModule("./main.mjs").get("summary").getItem(2).as(String.class));
    }
  }
}
