package dev.polybridge.graal.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.Bridge;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A differential test against node: one cases file runs once in node and once in a sandboxed
 * context of a bridge whose module folder is the cases' folder (see {@link NodeComparison}); each
 * case is then one test that compares the two answers. Subclasses say which folder and file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NodeDifferentialTest {
  /** The bridge the cases ran in, its module folder {@link #folder()}; open for further tests. */
  Bridge bridge;

  private Map<String, String> node;
  private Map<String, String> ours;

  /** The folder the cases run in (node's working directory, the bridge's module folder). */
  abstract Path folder() throws IOException;

  /** The cases file, in {@code folder}. */
  abstract Path casesFile(Path folder);

  /** node's answers, by case name. */
  final Map<String, String> nodeAnswers() {
    return node;
  }

  @BeforeAll
  final void runInNodeAndInPolybridge() throws IOException {
    Path folder = folder();
    bridge = Bridge.builder().jsModulePath(folder).build();
    Path cases = casesFile(folder);
    node = NodeComparison.node(folder, cases);
    ours = NodeComparison.polybridge(bridge, cases);
  }

  @AfterAll
  final void closeBridge() {
    if (bridge != null) {
      bridge.close();
    }
  }

  final Stream<String> caseNames() {
    return node.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseNames")
  void answersAsNodeDoes(String name) {
    assertEquals(node.get(name), ours.get(name), name);
  }
}
