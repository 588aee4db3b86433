package dev.polybridge.graal.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.Bridge;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The web platform globals (TextEncoder, TextDecoder, URL, URLSearchParams, atob, btoa,
 * structuredClone, crypto, setImmediate, performance, queueMicrotask, console, ...) answer as node
 * does: each case of {@code node/globals.cases.js} runs in node and in a sandboxed context.
 */
class NodeGlobalsTest {
  private static Map<String, String> node;
  private static Map<String, String> ours;
  private static Bridge bridge;

  @BeforeAll
  static void run() {
    bridge = Bridge.builder().jsModulePath(NodeComparison.fixtures()).build();
    var cases = NodeComparison.fixtures().resolve("globals.cases.js");
    node = NodeComparison.node(NodeComparison.fixtures(), cases);
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
  void theGlobalAnswersAsNodeDoes(String name) {
    assertEquals(node.get(name), ours.get(name), name);
  }
}
