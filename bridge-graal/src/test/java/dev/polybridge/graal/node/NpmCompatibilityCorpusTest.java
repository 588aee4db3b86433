package dev.polybridge.graal.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;

/**
 * Popular npm packages answer in a sandboxed context as they do in node: {@code
 * node/corpus/corpus.cases.js} calls each package of {@code src/test/packages/corpus/package.json}
 * (installed by {@code src/test/packages/fetch.sh}) as its README shows, once in node and once
 * through Polybridge, in the folder that holds the packages' {@code node_modules}. COMPATIBILITY.md
 * lists the packages and what each case shows.
 */
class NpmCompatibilityCorpusTest extends NodeDifferentialTest {
  @Override
  Path folder() throws IOException {
    Path corpus = corpusFolder();
    for (String file : new String[] {"corpus/corpus.cases.js", "runner.js"}) {
      Files.copy(
          NodeComparison.fixtures().resolve(file),
          corpus.resolve(Path.of(file).getFileName().toString()),
          StandardCopyOption.REPLACE_EXISTING);
    }
    return corpus;
  }

  @Override
  Path casesFile(Path folder) {
    return folder.resolve("corpus.cases.js");
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

  @Test
  void theCorpusCallsAtLeastFortyPackages() {
    long packages =
        nodeAnswers().keySet().stream().map(n -> n.substring(0, n.indexOf(':'))).distinct().count();
    assertEquals(49, packages);
  }
}
