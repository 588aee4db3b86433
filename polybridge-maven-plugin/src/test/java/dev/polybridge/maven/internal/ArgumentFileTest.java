package dev.polybridge.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentFileTest {
  @TempDir Path dir;

  @Test
  void commentsComeFirstThenOneArgumentPerLine() {
    assertEquals(
        "# Written by a test.\n# Second line.\n-XX:+EnableJVMCI\n--upgrade-module-path=/opt/jit\n",
        ArgumentFile.render(
            List.of("Written by a test.", "Second line."),
            List.of("-XX:+EnableJVMCI", "--upgrade-module-path=/opt/jit")));
  }

  @Test
  void anArgumentWithWhitespaceQuotesHashOrBackslashIsQuotedAndEscaped() {
    assertEquals(
        "\"--upgrade-module-path=/my jars/jit\"\n"
            + "\"-Dq=say \\\"hi\\\"\"\n"
            + "\"-Dw=C:\\\\jit\"\n"
            + "\"-Dh=#1\"\n"
            + "\"-Ds=it's\"\n"
            + "\"\"\n",
        ArgumentFile.render(
            List.of(),
            List.of(
                "--upgrade-module-path=/my jars/jit",
                "-Dq=say \"hi\"",
                "-Dw=C:\\jit",
                "-Dh=#1",
                "-Ds=it's",
                "")));
  }

  @Test
  void theJavaLauncherReadsEveryArgumentBackUnchanged() throws Exception {
    Path file = dir.resolve("sub dir").resolve("jvm.args");
    ArgumentFile.write(
        file,
        List.of("a comment the launcher skips"),
        List.of(
            "-Dspace=/my jars/jit",
            "-Dquote=say \"hi\"",
            "-Dbackslash=C:\\jit\\",
            "-Dhash=#1",
            "-Dapostrophe=it's",
            "-Dplain=ok"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "@" + file,
                "-cp",
                System.getProperty("java.class.path"),
                PrintProperties.class.getName(),
                "space",
                "quote",
                "backslash",
                "hash",
                "apostrophe",
                "plain")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertEquals(
        "space=/my jars/jit\n"
            + "quote=say \"hi\"\n"
            + "backslash=C:\\jit\\\n"
            + "hash=#1\n"
            + "apostrophe=it's\n"
            + "plain=ok\n",
        output);
  }

  @Test
  void writingCreatesTheDirectoryAndReplacesAnOlderFile() throws IOException {
    Path file = dir.resolve("polybridge").resolve("jvm.args");
    ArgumentFile.write(file, List.of(), List.of("-Xold"));
    ArgumentFile.write(file, List.of("new"), List.of("-Xnew"));
    assertEquals("# new\n-Xnew\n", Files.readString(file));
  }
}
