package dev.polybridge.graal.node;

import java.nio.file.Path;

/**
 * Node core modules (events, buffer, util, path, string_decoder, punycode, url, querystring,
 * assert, timers, stream, crypto, fs, os, process, module, and the ones a context does not offer)
 * answer as node does: each case of {@code node/core.cases.js} runs in node and in a sandboxed
 * context whose module folder is the fixtures folder.
 */
class NodeCoreModulesTest extends NodeDifferentialTest {
  @Override
  Path folder() {
    return NodeComparison.fixtures();
  }

  @Override
  Path casesFile(Path folder) {
    return folder.resolve("core.cases.js");
  }
}
