package dev.polybridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** bridge-core is the language-neutral API: only bridge-graal may mention GraalVM's packages. */
class CoreHasNoGraalDependencyTest {

  @Test
  void noMainSourceFileMentionsOrgGraalvm() throws IOException {
    Path sources = Path.of("src", "main", "java").toAbsolutePath();
    assertTrue(Files.isDirectory(sources), "run from the bridge-core directory: " + sources);

    List<String> offenders;
    List<Path> javaFiles;
    try (Stream<Path> files = Files.walk(sources)) {
      javaFiles = files.filter(Files::isRegularFile).collect(Collectors.toList());
    }
    offenders =
        javaFiles.stream()
            .filter(f -> read(f).contains("org.graalvm"))
            .map(f -> sources.relativize(f).toString())
            .collect(Collectors.toList());

    assertTrue(javaFiles.size() > 10, "expected the core sources under " + sources);
    assertEquals(List.of(), offenders);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
