package dev.polybridge.graal.node;

import java.nio.file.Path;

/**
 * The web platform globals (TextEncoder, TextDecoder, URL, URLSearchParams, atob, btoa,
 * structuredClone, crypto, setImmediate, performance, queueMicrotask, console, ...) answer as node
 * does: each case of {@code node/globals.cases.js} runs in node and in a sandboxed context.
 */
class NodeGlobalsTest extends NodeDifferentialTest {
  @Override
  Path folder() {
    return NodeComparison.fixtures();
  }

  @Override
  Path casesFile(Path folder) {
    return folder.resolve("globals.cases.js");
  }
}
