package dev.polybridge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.Bridge;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files pin the mapping rules: for each case under {@code golden/}, the generated sources
 * and warnings are exactly the expected ones, and the expected sources compile with {@code
 * -Xlint:all -Werror}. Regenerate with {@code -Dpolybridge.golden.update=true}.
 */
class GoldenFilesTest {
  private static Bridge bridge;

  @BeforeAll
  static void startBridge() {
    List<Path> paths = GoldenCase.names().stream().map(n -> GoldenCase.of(n).pythonPath()).toList();
    bridge = Bridge.builder().pythonPath(paths.toArray(new Path[0])).build();
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  static List<String> cases() {
    return GoldenCase.names();
  }

  @ParameterizedTest(name = "{0}: the generated sources and warnings are the golden ones")
  @MethodSource("cases")
  void generatedSourcesAndWarningsAreTheGoldenOnes(String name) {
    GoldenCase golden = GoldenCase.of(name);
    GenerationResult result = Generator.render(golden.request(), bridge);
    if (GoldenCase.UPDATE) {
      golden.update(result);
      return;
    }
    Map<String, String> actual = new TreeMap<>();
    result.files().forEach(f -> actual.put(f.path().getFileName().toString(), f.content()));
    Map<String, String> expected = golden.expectedFiles();

    assertEquals(expected.keySet(), actual.keySet(), "the generated files");
    for (String file : expected.keySet()) {
      assertEquals(expected.get(file), actual.get(file), file);
    }
    assertEquals(golden.expectedWarnings(), result.warnings(), "the warnings");
  }

  @ParameterizedTest(name = "{0}: the golden sources compile with -Xlint:all -Werror")
  @MethodSource("cases")
  void goldenSourcesCompileWithoutAnyWarning(String name) {
    GoldenCase golden = GoldenCase.of(name);
    if (GoldenCase.UPDATE) { // this may run before the case's other test has written its files
      golden.update(Generator.render(golden.request(), bridge));
    }
    InMemoryCompiler.Compilation compilation = InMemoryCompiler.compile(golden.expectedSources());

    assertEquals(List.of(), compilation.diagnostics());
  }
}
