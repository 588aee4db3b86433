package dev.polybridge.maven.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The {@code bin/polybridge-java} launcher of a trained runtime image: a POSIX shell script (the
 * resource {@code polybridge-java.sh}) that runs the image's {@code bin/java} with the AOT cache
 * only while the cache fits the launch's class path. The script finds the image from its own
 * location, so it holds no paths.
 */
public final class Launcher {
  /** The launcher's name in the image's {@code bin} directory. */
  public static final String NAME = "polybridge-java";

  private Launcher() {}

  /** The script's text. */
  public static String script() {
    try (InputStream in = Launcher.class.getResourceAsStream("polybridge-java.sh")) {
      if (in == null) {
        throw new IllegalStateException("polybridge-java.sh is missing from the plugin jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the launcher to {@code image/bin/polybridge-java}, executable, and returns its path. */
  public static Path write(Path image) throws IOException {
    Path launcher = image.resolve("bin").resolve(NAME);
    Files.writeString(launcher, script(), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    return launcher;
  }
}
