package dev.polybridge.graal.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.Bridge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Popular npm packages answer in a sandboxed context as they do in node: {@code
 * node/corpus/corpus.cases.js} calls each package of {@code src/test/packages/corpus/package.json}
 * (installed by {@code src/test/packages/fetch.sh}) as its README shows, once in node and once
 * through Polybridge, in the folder that holds the packages' {@code node_modules}. COMPATIBILITY.md
 * lists the packages and what each case shows.
 */
class NpmCompatibilityCorpusTest {
  private static Map<String, String> node;
  private static Map<String, String> ours;
  private static Bridge bridge;

  @BeforeAll
  static void run() throws IOException {
    Path corpus = corpusFolder();
    for (String file : new String[] {"corpus/corpus.cases.js", "runner.js"}) {
      Files.copy(
          NodeComparison.fixtures().resolve(file),
          corpus.resolve(Path.of(file).getFileName().toString()),
          StandardCopyOption.REPLACE_EXISTING);
    }
    bridge = Bridge.builder().jsModulePath(corpus).build();
    Path cases = corpus.resolve("corpus.cases.js");
    node = NodeComparison.node(corpus, cases);
    ours = NodeComparison.polybridge(bridge, cases);
  }

  @AfterAll
  static void close() {
    bridge.close();
  }

  /** Where fetch.sh installed the corpus (the build sets polybridge.test.packages). */
  private static Path corpusFolder() {
    String dir = System.getProperty("polybridge.test.packages");
    if (dir == null) {
      throw new IllegalStateException(
          "System property polybridge.test.packages is not set; run the tests with Maven");
    }
    Path corpus = Path.of(dir, "corpus");
    if (!Files.isDirectory(corpus.resolve("node_modules"))) {
      throw new IllegalStateException(
          corpus.resolve("node_modules")
              + " is missing: src/test/packages/fetch.sh, run by Maven before the tests,"
              + " installs it with npm ci");
    }
    return corpus;
  }

  static Stream<String> cases() {
    return node.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void thePackageAnswersAsInNode(String name) {
    assertEquals(node.get(name), ours.get(name), name);
  }

  @Test
  void theCorpusCallsAtLeastFortyPackages() {
    long packages =
        node.keySet().stream().map(n -> n.substring(0, n.indexOf(':'))).distinct().count();
    assertEquals(49, packages);
  }
}
