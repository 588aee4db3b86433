package dev.polybridge.maven.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * How a runtime image with the Graal JIT built in is linked: which of the JDK's modules go in, the
 * {@code jlink} command, and the flags it bakes in with {@code --add-options}.
 *
 * <p>The compiler cannot be linked into the image's module file: a JDK without {@code jmods/}
 * (Temurin 25) links from its own run-time image, whose empty {@code jdk.graal.compiler}
 * placeholder always wins over a jar of that name. So the image leaves the placeholders out and
 * keeps the compiler jars in {@value #JIT_DIRECTORY}, on the module path that {@code --add-options}
 * bakes in. The JVM's AOT cache accepts that (it refuses an upgrade module path).
 */
public final class RuntimeImage {
  /** Where the compiler jars live inside the image. */
  public static final String JIT_DIRECTORY = "lib/polybridge/jit";

  /**
   * JDK modules an image never takes: the Graal placeholders (the jars take their place), and
   * {@code jdk.jlink} with {@code jdk.jpackage} (which requires it), which an image linked from a
   * run-time image may not contain.
   */
  static final Set<String> LEFT_OUT =
      Set.of("jdk.graal.compiler", "jdk.graal.compiler.management", "jdk.jlink", "jdk.jpackage");

  /** Where the image records what it was linked from, to tell whether it is current. */
  public static final String STAMP = "lib/polybridge/runtime.properties";

  private RuntimeImage() {}

  /**
   * What an image is linked from: the JDK, its modules, the GraalVM version, the baked options and
   * the compiler jars (by name, size and time).
   */
  public static Properties stamp(
      Jdk jdk, String graalVersion, List<String> modules, List<String> options, List<Path> jars)
      throws IOException {
    Properties stamp = new Properties();
    stamp.setProperty("jdk", jdk.home().toAbsolutePath() + " " + jdk.version());
    stamp.setProperty("graalVersion", graalVersion);
    stamp.setProperty("modules", String.join(",", modules));
    stamp.setProperty("options", String.join("\u0000", options));
    List<String> described = new ArrayList<>();
    for (Path jar : jars) {
      described.add(
          jar.getFileName()
              + " "
              + Files.size(jar)
              + " "
              + Files.getLastModifiedTime(jar).toMillis());
    }
    stamp.setProperty("jars", String.join(",", described));
    return stamp;
  }

  /** Whether {@code image} exists and was linked from what {@code stamp} describes. */
  public static boolean isCurrent(Path image, Properties stamp) throws IOException {
    Path file = image.resolve(STAMP);
    if (!Files.isRegularFile(file) || !Files.isExecutable(image.resolve("bin/java"))) {
      return false;
    }
    Properties recorded = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      recorded.load(reader);
    }
    return recorded.equals(stamp);
  }

  /** Records {@code stamp} in {@code image}, after a successful link. */
  public static void writeStamp(Path image, Properties stamp) throws IOException {
    Path file = image.resolve(STAMP);
    Files.createDirectories(file.getParent());
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      stamp.store(writer, "what polybridge:runtime linked this image from");
    }
  }

  /**
   * The JDK modules to link: {@code requested} if given, else all of {@code jdkModules}; either way
   * without {@link #LEFT_OUT}.
   *
   * @throws IllegalArgumentException if a requested module is one the image cannot take or is not
   *     in the JDK
   */
  public static List<String> modules(List<String> jdkModules, List<String> requested) {
    if (requested.isEmpty()) {
      return jdkModules.stream().filter(m -> !LEFT_OUT.contains(m)).toList();
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (String module : requested) {
      if (LEFT_OUT.contains(module)) {
        throw new IllegalArgumentException(
            "module "
                + module
                + " cannot go into the runtime image (it takes "
                + String.join(", ", LEFT_OUT.stream().sorted().toList())
                + " from no JDK); remove it from <modules>");
      }
      if (!jdkModules.contains(module)) {
        throw new IllegalArgumentException(
            "module " + module + " is not in the JDK; it has " + String.join(", ", jdkModules));
      }
      chosen.add(module);
    }
    return List.copyOf(chosen);
  }

  /** The flags the image bakes in: the Graal JIT's, then the user's {@code extra} options. */
  public static List<String> bakedOptions(Path image, List<String> extra) {
    List<String> options = new ArrayList<>(GraalJit.imageFlags(image.resolve(JIT_DIRECTORY)));
    options.addAll(extra);
    return options;
  }

  /** The {@code jlink} command that links {@code modules} of {@code jdk} into {@code image}. */
  public static List<String> jlinkCommand(
      Jdk jdk, List<String> modules, Path image, List<String> bakedOptions) {
    return List.of(
        jdk.tool("jlink").toString(),
        "--add-modules",
        String.join(",", modules),
        "--output",
        image.toAbsolutePath().toString(),
        "--no-header-files",
        "--no-man-pages",
        // The JDK's default CDS archive, regenerated for these modules: without it every start
        // loads and verifies the JDK's own classes from scratch.
        "--generate-cds-archive",
        "--add-options=" + optionsValue(bakedOptions));
  }

  /**
   * {@code options} as one {@code --add-options} value: the JVM splits it on whitespace and reads
   * quotes around an option that has some.
   */
  static String optionsValue(List<String> options) {
    List<String> quoted = new ArrayList<>();
    for (String option : options) {
      boolean plain = option.chars().noneMatch(c -> Character.isWhitespace(c) || c == '\'');
      if (plain && option.indexOf('"') < 0) {
        quoted.add(option);
      } else if (option.indexOf('"') < 0) {
        quoted.add('"' + option + '"');
      } else if (option.indexOf('\'') < 0) {
        quoted.add('\'' + option + '\'');
      } else {
        throw new IllegalArgumentException(
            "option " + option + " has both kinds of quotes; the JVM cannot read it back");
      }
    }
    return String.join(" ", quoted);
  }
}
