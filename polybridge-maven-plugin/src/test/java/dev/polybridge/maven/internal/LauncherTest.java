package dev.polybridge.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code polybridge-java} script with {@code /bin/sh} in a fake image whose {@code
 * bin/java} prints its arguments, one per line, so each test sees exactly what the JVM would get.
 */
class LauncherTest {
  @TempDir Path dir;
  private Path image;
  private Path launcher;
  private Path app;
  private Path lib;
  private String trained;
  private String cacheOption;

  @BeforeEach
  void image() throws IOException {
    image = Files.createDirectories(dir.resolve("runtime")).toRealPath();
    Files.createDirectories(image.resolve("bin"));
    Path java =
        Files.writeString(
            image.resolve("bin/java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    assertTrue(java.toFile().setExecutable(true));
    launcher = Launcher.write(image);
    app = Files.writeString(dir.resolve("app.jar"), "app").toRealPath();
    lib = Files.writeString(dir.resolve("lib with space.jar"), "lib").toRealPath();
    trained = app + ":" + lib;
    cacheOption = "-XX:AOTCache=" + image.resolve("lib/polybridge/app.aot");
  }

  /** Writes a cache and its class path, newer than the jars. */
  private void train() throws IOException {
    Path polybridge = Files.createDirectories(image.resolve("lib/polybridge"));
    Files.writeString(polybridge.resolve("app.classpath"), trained + "\n");
    Path cache = Files.writeString(polybridge.resolve("app.aot"), "cache");
    FileTime jarTime = FileTime.fromMillis(Files.getLastModifiedTime(cache).toMillis() - 60_000);
    Files.setLastModifiedTime(app, jarTime);
    Files.setLastModifiedTime(lib, jarTime);
  }

  private record Run(List<String> javaArguments, String stderr) {}

  private Run launch(Map<String, String> environment, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("CLASSPATH");
    builder.environment().putAll(environment);
    Path err = dir.resolve("stderr");
    Process process = builder.redirectError(err.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor());
    return new Run(out.lines().toList(), Files.readString(err));
  }

  private Run launch(String... arguments) throws Exception {
    return launch(Map.of(), arguments);
  }

  private String notUsing(String why) {
    return "polybridge-java: not using the AOT cache "
        + image.resolve("lib/polybridge/app.aot")
        + ": "
        + why
        + "; run polybridge:train to rebuild it\n";
  }

  @Test
  void withoutACacheTheArgumentsGoToJavaUnchanged() throws Exception {
    assertEquals(
        new Run(List.of("-cp", trained, "com.example.Main", "a b"), ""),
        launch("-cp", trained, "com.example.Main", "a b"));
  }

  @Test
  void aCurrentCacheIsUsedForTheClassPathItWasTrainedWith() throws Exception {
    train();
    assertEquals(
        new Run(List.of(cacheOption, "-Xss4m", "-cp", trained, "com.example.Main", "x"), ""),
        launch("-Xss4m", "-cp", trained, "com.example.Main", "x"));
    assertEquals(
        new Run(List.of(cacheOption, "--class-path=" + trained, "com.example.Main"), ""),
        launch("--class-path=" + trained, "com.example.Main"));
    assertEquals(
        new Run(List.of(cacheOption, "com.example.Main"), ""),
        launch(Map.of("CLASSPATH", trained), "com.example.Main"));
  }

  @Test
  void withNoClassPathGivenTheTrainedOneIsUsed() throws Exception {
    train();
    assertEquals(
        new Run(List.of(cacheOption, "-cp", trained, "com.example.Main", "-cp", "not-mine"), ""),
        launch("com.example.Main", "-cp", "not-mine"));
  }

  @Test
  void anotherClassPathRunsWithoutTheCacheAndSaysWhy() throws Exception {
    train();
    assertEquals(
        new Run(
            List.of("-cp", app.toString(), "com.example.Main"),
            notUsing(
                "it was trained for another class path (see "
                    + image.resolve("lib/polybridge/app.classpath")
                    + ")")),
        launch("-cp", app.toString(), "com.example.Main"));
  }

  @Test
  void aJarChangedAfterTrainingRunsWithoutTheCacheAndSaysWhich() throws Exception {
    train();
    Files.setLastModifiedTime(lib, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertEquals(
        new Run(
            List.of("-cp", trained, "com.example.Main"), notUsing(lib + " changed after training")),
        launch("-cp", trained, "com.example.Main"));
    assertEquals(
        new Run(
            List.of("-cp", trained, "com.example.Main"), notUsing(lib + " changed after training")),
        launch("com.example.Main"));
  }

  @Test
  void aMissingJarRunsWithoutTheCache() throws Exception {
    train();
    Files.delete(app);
    assertEquals(
        new Run(
            List.of("-cp", trained, "com.example.Main"), notUsing(app + " changed after training")),
        launch("-cp", trained, "com.example.Main"));
  }

  @Test
  void theCallersOwnCacheOptionsAreLeftAlone() throws Exception {
    train();
    assertEquals(
        new Run(List.of("-XX:AOTCacheOutput=/tmp/x.aot", "-cp", trained, "com.example.Main"), ""),
        launch("-XX:AOTCacheOutput=/tmp/x.aot", "-cp", trained, "com.example.Main"));
  }

  @Test
  void aModuleJarOrArgumentFileLaunchRunsWithoutTheCache() throws Exception {
    train();
    assertEquals(
        new Run(
            List.of("-m", "app/com.example.Main"),
            notUsing("it was trained for a class path, not for a module")),
        launch("-m", "app/com.example.Main"));
    assertEquals(
        new Run(
            List.of("-jar", "app.jar"), notUsing("it was trained for a class path, not for -jar")),
        launch("-jar", "app.jar"));
    assertEquals(
        new Run(
            List.of("@app.args", "com.example.Main"),
            notUsing("a class path in an @argument file cannot be checked")),
        launch("@app.args", "com.example.Main"));
  }

  @Test
  void optionValuesAreNotTakenForTheMainClass() throws Exception {
    train();
    assertEquals(
        new Run(
            List.of(
                cacheOption,
                "--add-modules",
                "jdk.incubator.vector",
                "-cp",
                trained,
                "com.example.Main"),
            ""),
        launch("--add-modules", "jdk.incubator.vector", "-cp", trained, "com.example.Main"));
  }
}
