package dev.polybridge.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerJarsTest {
  @TempDir Path dir;

  private List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theDirectoryEndsUpHoldingExactlyTheJars() throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Path compiler = Files.writeString(repo.resolve("compiler-25.0.3.jar"), "compiler");
    Path word = Files.writeString(repo.resolve("word-25.0.3.jar"), "word");
    Path jit = Files.createDirectories(dir.resolve("jit"));
    Files.writeString(jit.resolve("compiler-25.0.2.jar"), "an older compiler");
    Files.writeString(jit.resolve("README.txt"), "not a jar: kept");

    List<Path> copies = CompilerJars.copyInto(List.of(compiler, word), jit);

    assertEquals(
        List.of(jit.resolve("compiler-25.0.3.jar"), jit.resolve("word-25.0.3.jar")), copies);
    assertEquals(List.of("README.txt", "compiler-25.0.3.jar", "word-25.0.3.jar"), names(jit));
    assertEquals("compiler", Files.readString(jit.resolve("compiler-25.0.3.jar")));
    assertEquals(
        Files.getLastModifiedTime(compiler).toMillis(),
        Files.getLastModifiedTime(copies.get(0)).toMillis());
  }

  @Test
  void aJarThatChangedIsCopiedAgainAndAnUnchangedOneIsLeftAlone() throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Path compiler = Files.writeString(repo.resolve("compiler-25.0.3.jar"), "compiler");
    Path word = Files.writeString(repo.resolve("word-25.0.3.jar"), "word");
    Path jit = dir.resolve("jit");
    CompilerJars.copyInto(List.of(compiler, word), jit);
    // The copy of word is marked so that a second copy would be seen: same size and time, new text.
    Files.writeString(jit.resolve("word-25.0.3.jar"), "WORD");
    Files.setLastModifiedTime(jit.resolve("word-25.0.3.jar"), Files.getLastModifiedTime(word));
    Files.writeString(compiler, "compiler, rebuilt");
    Files.setLastModifiedTime(compiler, FileTime.fromMillis(1_000_000_000_000L));

    CompilerJars.copyInto(List.of(compiler, word), jit);

    assertEquals("compiler, rebuilt", Files.readString(jit.resolve("compiler-25.0.3.jar")));
    assertEquals("WORD", Files.readString(jit.resolve("word-25.0.3.jar")));
  }
}
