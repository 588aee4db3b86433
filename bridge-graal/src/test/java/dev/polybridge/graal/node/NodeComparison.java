package dev.polybridge.graal.node;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import dev.polybridge.TypeRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a cases file of {@code src/test/resources/node} (or another folder) through {@code
 * runner.js} twice: in node, and in a sandboxed Polybridge JavaScript context. Both answer a map of
 * case name to the printed result, which the tests compare.
 */
final class NodeComparison {
  private NodeComparison() {}

  /** {@code src/test/resources/node}, as copied to the test class path. */
  static Path fixtures() {
    try {
      return Path.of(NodeComparison.class.getResource("/node/runner.js").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** node's answers for {@code casesFile}, run in {@code folder}. */
  static Map<String, String> node(Path folder, Path casesFile) {
    try {
      Process p =
          new ProcessBuilder(
                  "node", fixtures().resolve("runner.js").toString(), casesFile.toString())
              .directory(folder.toFile())
              .redirectErrorStream(false)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("node failed on " + casesFile + ": " + err);
      }
      return parse(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run node (is it installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polybridge's answers for {@code casesFile}, in a sandboxed context of {@code bridge}. */
  static Map<String, String> polybridge(Bridge bridge, Path casesFile) {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      CompletableFuture<String> answer =
          js.importModule(runnerFor(casesFile).toString())
              .call(js.importModule(casesFile.toString()))
              .as(new TypeRef<CompletableFuture<String>>() {});
      return parse(answer.get(300, TimeUnit.SECONDS));
    } catch (Exception e) {
      throw new IllegalStateException("Polybridge failed on " + casesFile, e);
    }
  }

  /** The runner next to the cases file when there is one (a sandbox reads its folder only). */
  private static Path runnerFor(Path casesFile) {
    Path local = casesFile.resolveSibling("runner.js");
    return java.nio.file.Files.exists(local) ? local : fixtures().resolve("runner.js");
  }

  private static Map<String, String> parse(String json) {
    try (Bridge b = Bridge.create();
        GuestContext js = b.newContext(Language.JS)) {
      Map<String, String> m =
          js.eval("(s) => JSON.parse(s)")
              .call(json)
              .as(new TypeRef<LinkedHashMap<String, String>>() {});
      return m;
    }
  }

  static List<String> names(Map<String, String> answers) {
    return List.copyOf(answers.keySet());
  }
}
