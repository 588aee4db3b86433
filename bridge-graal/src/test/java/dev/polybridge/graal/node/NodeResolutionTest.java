package dev.polybridge.graal.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Module resolution answers as node's: {@code node/resolution/resolution.cases.js} runs in node and
 * in a sandboxed context, in a copy of {@code node/resolution} whose {@code packages/} folder
 * becomes {@code node_modules/}.
 */
class NodeResolutionTest {
  @TempDir static Path project;
  private static Map<String, String> node;
  private static Map<String, String> ours;
  private static Bridge bridge;

  @BeforeAll
  static void run() throws IOException {
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
    bridge = Bridge.builder().jsModulePath(project).build();
    Path cases = project.resolve("resolution.cases.js");
    node = NodeComparison.node(project, cases);
    ours = NodeComparison.polybridge(bridge, cases);
  }

  @AfterAll
  static void close() {
    bridge.close();
  }

  static Stream<String> cases() {
    return node.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theModuleResolvesAsInNode(String name) {
    assertEquals(node.get(name), ours.get(name), name);
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
