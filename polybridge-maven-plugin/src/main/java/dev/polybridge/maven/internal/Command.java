package dev.polybridge.maven.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One external command the plugin runs (a JDK tool, a training run): output and errors go to a log
 * file, so a failure can show its last lines and a success does not flood the build log.
 */
public final class Command {
  private final List<String> arguments;
  private final Path workingDirectory;
  private final Path log;

  /** The outcome: exit status and the log's last lines. */
  public record Result(int exitCode, String tail) {}

  /** {@code arguments} (program first), run in {@code workingDirectory}, output to {@code log}. */
  public Command(List<String> arguments, Path workingDirectory, Path log) {
    this.arguments = List.copyOf(arguments);
    this.workingDirectory = workingDirectory;
    this.log = log;
  }

  /**
   * Runs the command to its end.
   *
   * @throws IOException if it cannot start or does not end within {@code timeout} (it is then
   *     killed, with its child processes)
   */
  public Result run(Duration timeout) throws IOException, InterruptedException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    Files.writeString(log, "$ " + String.join(" ", arguments) + "\n", StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder(arguments)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    process.getOutputStream().close();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new IOException(
          "'"
              + arguments.get(0)
              + "' did not finish within "
              + timeout.toSeconds()
              + " s and was stopped; its output is in "
              + log);
    }
    return new Result(process.exitValue(), tail(log, 20));
  }

  /** The last {@code lines} lines of {@code file}. */
  static String tail(Path file, int lines) throws IOException {
    // Decoded leniently: a tool's output need not be valid UTF-8.
    List<String> all =
        new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /** The command as one line, for messages. */
  @Override
  public String toString() {
    return String.join(" ", arguments);
  }
}
