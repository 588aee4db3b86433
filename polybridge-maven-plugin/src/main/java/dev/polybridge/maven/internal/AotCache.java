package dev.polybridge.maven.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * A runtime image's AOT cache and what it was trained with: {@code lib/polybridge/app.aot}, the
 * class path it fits ({@code app.classpath}, which {@link Launcher the launcher} compares launches
 * with) and the training run's main class, arguments and JVM options ({@code app.aot.properties}).
 * A cache is current when all of those match and no jar on the class path is newer than it.
 */
public final class AotCache {
  private final Path image;

  /** The cache of the runtime image at {@code image}. */
  public AotCache(Path image) {
    this.image = image;
  }

  /** The cache file. */
  public Path file() {
    return directory().resolve("app.aot");
  }

  /** The class path the cache was trained with, one line of {@code :}-separated jars. */
  public Path classpathFile() {
    return directory().resolve("app.classpath");
  }

  private Path directory() {
    return image.resolve("lib").resolve("polybridge");
  }

  private Path trainingFile() {
    return directory().resolve("app.aot.properties");
  }

  /** What a training run is: main class, its arguments, JVM options and the class path. */
  public record Training(
      String mainClass, List<String> arguments, List<String> jvmOptions, List<Path> classpath) {
    /** The class path as the JVM and the launcher take it. */
    public String classpathString() {
      return String.join(":", classpath.stream().map(p -> p.toAbsolutePath().toString()).toList());
    }

    Properties toProperties() {
      Properties p = new Properties();
      p.setProperty("mainClass", mainClass);
      p.setProperty("arguments", String.join("\u0000", arguments));
      p.setProperty("jvmOptions", String.join("\u0000", jvmOptions));
      p.setProperty("classpath", classpathString());
      return p;
    }
  }

  /**
   * Why the cache must be (re)trained for {@code training}, or {@code null} if it is current: it is
   * missing, was trained differently, or a jar on the class path changed after it was written.
   */
  public String staleness(Training training) throws IOException {
    if (!Files.isRegularFile(file())
        || !Files.isRegularFile(trainingFile())
        || !Files.isRegularFile(classpathFile())) {
      return "there is no AOT cache yet";
    }
    Properties recorded = new Properties();
    try (Reader reader = Files.newBufferedReader(trainingFile(), StandardCharsets.UTF_8)) {
      recorded.load(reader);
    }
    if (!Objects.equals(recorded, training.toProperties())
        || !Files.readString(classpathFile(), StandardCharsets.UTF_8)
            .strip()
            .equals(training.classpathString())) {
      return "the training run changed (main class, arguments, JVM options or class path)";
    }
    FileTime written = Files.getLastModifiedTime(file());
    for (Path jar : training.classpath()) {
      if (!Files.exists(jar) || Files.getLastModifiedTime(jar).compareTo(written) > 0) {
        return jar + " changed after the cache was written";
      }
    }
    return null;
  }

  /** The training run: {@code java} of the image writing the cache to {@code output}. */
  public List<String> trainingCommand(Training training, Path output) {
    List<String> command = new ArrayList<>();
    command.add(image.resolve("bin").resolve("java").toString());
    command.addAll(training.jvmOptions());
    command.add("-XX:AOTCacheOutput=" + output.toAbsolutePath());
    command.add("-cp");
    command.add(training.classpathString());
    command.add(training.mainClass());
    command.addAll(training.arguments());
    return command;
  }

  /** Deletes the cache and its records, so a failed training leaves no stale cache behind. */
  public void delete() throws IOException {
    Files.deleteIfExists(file());
    Files.deleteIfExists(classpathFile());
    Files.deleteIfExists(trainingFile());
  }

  /** Moves a freshly trained {@code output} into place and records {@code training}. */
  public void install(Path output, Training training) throws IOException {
    Files.createDirectories(directory());
    Files.move(output, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(classpathFile(), training.classpathString() + "\n", StandardCharsets.UTF_8);
    try (Writer writer = Files.newBufferedWriter(trainingFile(), StandardCharsets.UTF_8)) {
      training.toProperties().store(writer, "the training run of app.aot (polybridge:train)");
    }
  }
}
