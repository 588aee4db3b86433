package dev.polybridge.maven.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs of a generation as text, kept in a stamp file so an unchanged build skips the work:
 * the settings (modules, Python path, package, output directory, strictness) and the path, size and
 * modification time of every {@code .py} file under each Python path folder.
 */
public final class GenerationStamp {
  private GenerationStamp() {}

  /** The stamp text of {@code settings} and the Python files as they are now. */
  public static String of(Codegen.Settings settings) throws IOException {
    StringBuilder sb = new StringBuilder("polybridge:generate inputs\n");
    sb.append("modules=").append(String.join(",", settings.modules())).append('\n');
    sb.append("package=").append(settings.packageName()).append('\n');
    sb.append("out=").append(settings.outputDirectory().toAbsolutePath()).append('\n');
    sb.append("strict=").append(settings.strict()).append('\n');
    for (Path root : settings.pythonPath()) {
      sb.append("path=").append(root.toAbsolutePath()).append('\n');
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
            .sorted()
            .forEach(files::add);
      }
      for (Path f : files) {
        sb.append("  ")
            .append(root.relativize(f))
            .append(' ')
            .append(Files.size(f))
            .append(' ')
            .append(Files.getLastModifiedTime(f).toMillis())
            .append('\n');
      }
    }
    return sb.toString();
  }

  /** True when {@code stampFile} holds exactly {@code stamp}. */
  public static boolean matches(Path stampFile, String stamp) throws IOException {
    return Files.isRegularFile(stampFile)
        && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp);
  }

  /** Writes {@code stamp} to {@code stampFile}, making its folder. */
  public static void write(Path stampFile, String stamp) throws IOException {
    Files.createDirectories(stampFile.toAbsolutePath().getParent());
    Files.writeString(stampFile, stamp, StandardCharsets.UTF_8);
  }
}
