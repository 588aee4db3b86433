package dev.polybridge.graal.reach;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put the real third-party packages (see src/test/packages/fetch.sh). */
final class TestPackages {
  private TestPackages() {}

  /** The folder holding {@code node_modules/} with lodash and js-yaml. */
  static Path npmFolder() {
    return existing(root().resolve("js"), "node_modules");
  }

  /** A Debian dist-packages folder holding python3-markdown. */
  static Path debianDistPackages() {
    return existing(root().resolve("dist-packages"), "markdown");
  }

  private static Path root() {
    String dir = System.getProperty("polybridge.test.packages");
    if (dir == null) {
      throw new IllegalStateException(
          "System property polybridge.test.packages is not set; run the tests with Maven");
    }
    return Path.of(dir);
  }

  private static Path existing(Path folder, String child) {
    if (!Files.exists(folder.resolve(child))) {
      throw new IllegalStateException(
          folder.resolve(child)
              + " is missing: src/test/packages/fetch.sh, run by Maven before the tests,"
              + " fetches it (it needs npm, and python3-markdown installed or apt-get)");
    }
    return folder;
  }
}
