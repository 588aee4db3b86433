package dev.polybridge.maven.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A JDK the plugin writes flags for or runs tools of: its home, its version (from the {@code
 * release} file every JDK image has) and whether the Graal compiler of a given GraalVM version runs
 * on it.
 */
public final class Jdk {
  private final Path home;
  private final Runtime.Version version;
  private final List<String> modules;

  private Jdk(Path home, Runtime.Version version, List<String> modules) {
    this.home = home;
    this.version = version;
    this.modules = modules;
  }

  /**
   * Reads the JDK at {@code home}.
   *
   * @throws IOException if {@code home} holds no readable {@code release} file with a version
   */
  public static Jdk at(Path home) throws IOException {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      throw new IOException(
          home + " is not a JDK: it has no release file. Point jdkHome at a JDK's home directory.");
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    String value = properties.getProperty("JAVA_RUNTIME_VERSION");
    if (value == null) {
      value = properties.getProperty("JAVA_VERSION");
    }
    if (value == null) {
      throw new IOException(release + " names no JAVA_RUNTIME_VERSION or JAVA_VERSION");
    }
    String modules = properties.getProperty("MODULES");
    return new Jdk(
        home,
        Runtime.Version.parse(unquote(value)),
        modules == null ? List.of() : List.of(unquote(modules).trim().split("\\s+")));
  }

  private static String unquote(String value) {
    String v = value.trim();
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }

  /** The JDK's home directory. */
  public Path home() {
    return home;
  }

  /** The JDK's full version, e.g. {@code 25.0.3+9-LTS}. */
  public Runtime.Version version() {
    return version;
  }

  /** The modules of the JDK's run-time image, as its {@code release} file lists them. */
  public List<String> modules() {
    return modules;
  }

  /** An executable in the JDK's {@code bin} directory, e.g. {@code tool("jlink")}. */
  public Path tool(String name) {
    return home.resolve("bin").resolve(name);
  }

  /**
   * Whether the Graal compiler of GraalVM {@code graalVersion} runs on this JDK: it is built for
   * one JDK feature release and needs that release at the same or a later update (compiler 25.0.3
   * needs JDK 25.0.3 or later 25 updates).
   */
  public boolean runsGraalCompiler(String graalVersion) {
    Runtime.Version graal = Runtime.Version.parse(graalVersion);
    return version.feature() == graal.feature()
        && version.version().size() > 0
        && compareNumbers(version, graal) >= 0;
  }

  private static int compareNumbers(Runtime.Version a, Runtime.Version b) {
    int n = Math.max(a.version().size(), b.version().size());
    for (int i = 0; i < n; i++) {
      int x = i < a.version().size() ? a.version().get(i) : 0;
      int y = i < b.version().size() ? b.version().get(i) : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }

  /** What the Graal compiler of {@code graalVersion} needs, for messages. */
  public static String graalCompilerNeeds(String graalVersion) {
    int feature = Runtime.Version.parse(graalVersion).feature();
    return "JDK " + graalVersion + " or a later JDK " + feature + " update";
  }

  /** {@code JDK 25.0.3+9-LTS (/usr/lib/jvm/...)}, for messages. */
  @Override
  public String toString() {
    return "JDK " + version + " (" + home + ")";
  }
}
