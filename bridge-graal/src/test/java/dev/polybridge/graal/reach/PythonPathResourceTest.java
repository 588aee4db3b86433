package dev.polybridge.graal.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pythonPathResource} imports a package bundled in the application's own jar: the test
 * packages a jar (main class plus {@code jarpython/jarpkg/*.py}) and runs a child JVM from it.
 */
class PythonPathResourceTest {

  @TempDir Path temp;

  @Test
  void pythonPackageInsideTheApplicationJarIsImportedInAChildJvm() throws Exception {
    Path jar = temp.resolve("app.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    manifest.getMainAttributes().putValue("Main-Class", ResourceJarMain.class.getName());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      put(out, "jarpython/jarpkg/__init__.py", "WHERE = 'packaged in app.jar'\n");
      put(
          out,
          "jarpython/jarpkg/words.py",
          "from . import WHERE\n\ndef shout(text):\n    return text.upper() + '!'\n");
      String classFile = ResourceJarMain.class.getName().replace('.', '/') + ".class";
      try (var in = ResourceJarMain.class.getClassLoader().getResourceAsStream(classFile)) {
        put(out, classFile, in.readAllBytes());
      }
    }

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dpolybridge.cache=" + temp.resolve("cache"));
    command.add("-cp");
    command.add(jar + java.io.File.pathSeparator + libraryClassPath());
    command.add(ResourceJarMain.class.getName());
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");

    assertEquals(0, child.exitValue(), output);
    assertEquals("FROM THE JAR! | packaged in app.jar", lastLine(output));
    try (Stream<Path> unpacked = Files.list(temp.resolve("cache").resolve("resources"))) {
      assertEquals(1, unpacked.count(), "the jar's resources are unpacked once, in the cache");
    }
  }

  /** The test class path without the test classes, so the main class comes from the jar. */
  private static String libraryClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.endsWith("test-classes")) {
        entries.add(entry);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\\R");
    return lines[lines.length - 1];
  }

  private static void put(JarOutputStream out, String name, String text) throws IOException {
    put(out, name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void put(OutputStream out, String name, byte[] bytes) throws IOException {
    JarOutputStream jar = (JarOutputStream) out;
    jar.putNextEntry(new JarEntry(name));
    jar.write(bytes);
    jar.closeEntry();
  }
}
