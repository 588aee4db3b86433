package dev.polybridge.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One golden case, {@code src/test/resources/golden/<case>/}: {@code python/} (the Python path),
 * {@code modules.txt} (the modules, one a line; without it every {@code .py} in {@code python/}),
 * {@code java/} (the expected sources, package {@code golden.<case>}) and {@code warnings.txt}.
 * With {@code -Dpolybridge.golden.update=true} the expected files are rewritten in the source tree
 * from what the generator produces.
 */
final class GoldenCase {
  static final boolean UPDATE = Boolean.getBoolean("polybridge.golden.update");

  private final String name;
  private final Path dir;

  private GoldenCase(String name, Path dir) {
    this.name = name;
    this.dir = dir;
  }

  static GoldenCase of(String name) {
    return new GoldenCase(name, TestResources.dir("golden").resolve(name));
  }

  static List<String> names() {
    try (Stream<Path> dirs = Files.list(TestResources.dir("golden"))) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path pythonPath() {
    return dir.resolve("python");
  }

  String packageName() {
    return "golden." + name;
  }

  GenerationRequest request() {
    return GenerationRequest.builder()
        .modules(modules())
        .pythonPath(pythonPath())
        .packageName(packageName())
        .build();
  }

  List<String> modules() {
    Path listed = dir.resolve("modules.txt");
    try {
      if (Files.exists(listed)) {
        return Files.readAllLines(listed).stream().filter(l -> !l.isBlank()).toList();
      }
      try (Stream<Path> files = Files.list(pythonPath())) {
        return files
            .map(p -> p.getFileName().toString())
            .filter(f -> f.endsWith(".py"))
            .map(f -> f.substring(0, f.length() - 3))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** File name to text of the expected sources. */
  Map<String, String> expectedFiles() {
    Map<String, String> out = new TreeMap<>();
    Path java = (UPDATE ? sourceDir() : dir).resolve("java");
    if (!Files.isDirectory(java)) {
      return out;
    }
    try (Stream<Path> files = Files.list(java)) {
      for (Path f : files.toList()) {
        out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Qualified type name to text of the expected sources, for the compiler. */
  Map<String, String> expectedSources() {
    Map<String, String> out = new TreeMap<>();
    expectedFiles()
        .forEach((file, text) -> out.put(packageName() + "." + file.replace(".java", ""), text));
    return out;
  }

  List<String> expectedWarnings() {
    Path f = dir.resolve("warnings.txt");
    try {
      return Files.exists(f) ? Files.readAllLines(f, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This case's folder in the source tree, which an update rewrites. */
  private Path sourceDir() {
    return Path.of(System.getProperty("polybridge.golden.dir", "src/test/resources/golden"))
        .resolve(name);
  }

  /** Rewrites this case's expected files in the source tree from {@code result}. */
  void update(GenerationResult result) {
    Path java = sourceDir().resolve("java");
    try {
      Files.createDirectories(java);
      try (Stream<Path> old = Files.list(java)) {
        for (Path f : old.toList()) {
          Files.delete(f);
        }
      }
      for (GeneratedFile f : result.files()) {
        Files.writeString(
            java.resolve(f.path().getFileName()), f.content(), StandardCharsets.UTF_8);
      }
      List<String> lines = new ArrayList<>(result.warnings());
      Path warnings = sourceDir().resolve("warnings.txt");
      if (lines.isEmpty()) {
        Files.deleteIfExists(warnings);
      } else {
        Files.write(warnings, lines, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
