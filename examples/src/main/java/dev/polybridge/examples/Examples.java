package dev.polybridge.examples;

import dev.polybridge.Bridge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the bridge every example uses, with {@code src/main/python} of this module importable from
 * Python.
 *
 * <p>The Python directory is found, in order, from the system property {@value
 * #PYTHON_PATH_PROPERTY} (the Maven {@code demo} profile sets it to an absolute path), then {@code
 * src/main/python} below the working directory (the examples module itself), then {@code
 * examples/src/main/python} (the repository root, where an IDE often starts a run).
 */
public final class Examples {
  /** System property naming the directory that holds {@code my_module.py}. */
  static final String PYTHON_PATH_PROPERTY = "polybridge.examples.python";

  private Examples() {}

  /** A bridge whose shared Python context can {@code import my_module}. Close it when done. */
  static Bridge newBridge() {
    return Bridge.builder().pythonPath(pythonSources()).build();
  }

  /** The directory holding the examples' Python sources. */
  public static Path pythonSources() {
    String configured = System.getProperty(PYTHON_PATH_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured);
      // A wrong explicit setting is a mistake to report, not to paper over with a guess.
      if (!Files.isDirectory(dir)) {
        throw new IllegalStateException(
            "-D" + PYTHON_PATH_PROPERTY + "=" + configured + " is not a directory");
      }
      return dir;
    }
    List<Path> candidates =
        List.of(Path.of("src/main/python"), Path.of("examples/src/main/python"));
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate.resolve("my_module.py"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "Cannot find the examples' Python sources (my_module.py) from working directory "
            + Path.of("").toAbsolutePath()
            + "; run from the examples or repository directory, or pass -D"
            + PYTHON_PATH_PROPERTY
            + "=/path/to/examples/src/main/python");
  }

  /** Prints a section header so the demos' output is easy to tell apart. */
  static void header(String title) {
    System.out.println();
    System.out.println("=== " + title + " ===");
  }
}
