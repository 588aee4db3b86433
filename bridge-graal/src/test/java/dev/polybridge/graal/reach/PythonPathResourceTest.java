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
 * packages a jar (main class plus {@code jarpython/jarpkg/*.py}) and runs a child JVM from it. The
 * jar comes with and without directory entries and manifest ({@code zip -D}), and as a Spring Boot
 * fat jar run with {@code java -jar}: the package in {@code BOOT-INF/classes} or in a nested {@code
 * BOOT-INF/lib/*.jar}, with the URLs Spring Boot 3.2+ ({@code jar:nested:}) and 2 ({@code
 * jar:file:...!/BOOT-INF/lib/x.jar!/}) hand out (see {@code fatjar.FatJarLauncher}).
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

  static final String INIT = "WHERE = 'packaged in app.jar'\n";
  static final String WORDS =
      "from . import WHERE\n\ndef shout(text):\n    return text.upper() + '!'\n";

  @Test
  void packageInAJarWithoutDirectoryEntriesOrManifestIsImported() throws Exception {
    Path jar = temp.resolve("zipped.jar");
    try (java.util.zip.ZipOutputStream out =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
      zip(out, "jarpython/jarpkg/__init__.py", INIT.getBytes(StandardCharsets.UTF_8));
      zip(out, "jarpython/jarpkg/words.py", WORDS.getBytes(StandardCharsets.UTF_8));
      zip(out, classFile(ResourceJarMain.class), classBytes(ResourceJarMain.class));
    }
    assertMainReadsThePackage(jar);
  }

  @Test
  void packageInAJarWithDirectoryEntriesIsImported() throws Exception {
    Path jar = temp.resolve("dirs.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String dir : List.of("jarpython/", "jarpython/jarpkg/")) {
        out.putNextEntry(new JarEntry(dir));
        out.closeEntry();
      }
      put(out, "jarpython/jarpkg/__init__.py", INIT);
      put(out, "jarpython/jarpkg/words.py", WORDS);
      put(out, classFile(ResourceJarMain.class), classBytes(ResourceJarMain.class));
    }
    assertMainReadsThePackage(jar);
  }

  /** Runs ResourceJarMain from {@code jar}, with the library on the class path beside it. */
  private void assertMainReadsThePackage(Path jar) throws Exception {
    assertEquals(
        "FROM THE JAR! | packaged in app.jar",
        runChild(
            jar,
            List.of(
                "-cp",
                jar + java.io.File.pathSeparator + libraryClassPath(),
                ResourceJarMain.class.getName())));
  }

  @Test
  void packageInBootInfClassesOfASpringBoot3FatJarIsImportedWithJavaJar() throws Exception {
    Path fat = fatJar("BOOT-INF/classes/", false);
    assertEquals(
        "FROM THE JAR! | packaged in app.jar", runChild(fat, List.of("-jar", fat.toString())));
  }

  @Test
  void packageInANestedBootInfLibJarOfASpringBoot3FatJarIsImportedWithJavaJar() throws Exception {
    Path fat = fatJar("BOOT-INF/lib/", false);
    assertEquals(
        "FROM THE JAR! | packaged in app.jar", runChild(fat, List.of("-jar", fat.toString())));
  }

  @Test
  void packageInANestedJarOfASpringBoot2FatJarIsImportedWithJavaJar() throws Exception {
    Path fat = fatJar("BOOT-INF/lib/", true);
    assertEquals(
        "FROM THE JAR! | packaged in app.jar",
        runChild(fat, List.of("-Dlauncher.urls=boot2", "-jar", fat.toString())));
  }

  @Test
  void packageInBootInfClassesOfASpringBoot2FatJarIsImportedWithJavaJar() throws Exception {
    Path fat = fatJar("BOOT-INF/classes/", true);
    assertEquals(
        "FROM THE JAR! | packaged in app.jar",
        runChild(fat, List.of("-Dlauncher.urls=boot2", "-jar", fat.toString())));
  }

  /**
   * A fat jar as Spring Boot lays it out, files only (as Spring Boot's own plugin writes them): the
   * launcher at the root, {@code ResourceJarMain} in {@code BOOT-INF/classes}, the Python package
   * in {@code BOOT-INF/classes} or in {@code BOOT-INF/lib/pylib.jar}; the library jars (Polybridge,
   * GraalVM) on the manifest's {@code Class-Path} rather than copied in.
   */
  private Path fatJar(String pythonIn, boolean boot2) throws IOException {
    Path fat = temp.resolve(boot2 ? "boot2.jar" : "boot3.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    manifest
        .getMainAttributes()
        .putValue("Main-Class", dev.polybridge.graal.reach.fatjar.FatJarLauncher.class.getName());
    manifest.getMainAttributes().putValue("Start-Class", ResourceJarMain.class.getName());
    StringBuilder classPath = new StringBuilder();
    for (String entry : libraryClassPath().split(java.io.File.pathSeparator)) {
      classPath.append(Path.of(entry).toUri()).append(' ');
    }
    manifest.getMainAttributes().putValue("Class-Path", classPath.toString().trim());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(fat), manifest)) {
      for (Class<?> c :
          List.of(
              dev.polybridge.graal.reach.fatjar.FatJarLauncher.class,
              dev.polybridge.graal.reach.fatjar.NestedJars.class,
              dev.polybridge.graal.reach.fatjar.nested.Handler.class)) {
        put(out, classFile(c), classBytes(c));
      }
      String anonymous =
          classFile(dev.polybridge.graal.reach.fatjar.NestedJars.class)
              .replace(".class", "$1.class");
      try (var in = getClass().getClassLoader().getResourceAsStream(anonymous)) {
        put(out, anonymous, in.readAllBytes());
      }
      put(
          out,
          "BOOT-INF/classes/" + classFile(ResourceJarMain.class),
          classBytes(ResourceJarMain.class));
      if (pythonIn.equals("BOOT-INF/classes/")) {
        put(out, "BOOT-INF/classes/jarpython/jarpkg/__init__.py", INIT);
        put(out, "BOOT-INF/classes/jarpython/jarpkg/words.py", WORDS);
      } else {
        java.io.ByteArrayOutputStream lib = new java.io.ByteArrayOutputStream();
        try (JarOutputStream nested = new JarOutputStream(lib)) {
          put(nested, "jarpython/jarpkg/__init__.py", INIT);
          put(nested, "jarpython/jarpkg/words.py", WORDS);
        }
        // Spring Boot stores nested jars uncompressed
        JarEntry e = new JarEntry("BOOT-INF/lib/pylib.jar");
        byte[] bytes = lib.toByteArray();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        e.setMethod(JarEntry.STORED);
        e.setSize(bytes.length);
        e.setCompressedSize(bytes.length);
        e.setCrc(crc.getValue());
        out.putNextEntry(e);
        out.write(bytes);
        out.closeEntry();
      }
    }
    return fat;
  }

  /** Runs a child JVM and answers its last line, after checking it exited cleanly. */
  private String runChild(Path jar, List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dpolybridge.cache=" + temp.resolve("cache-" + jar.getFileName()));
    command.addAll(args);
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
    assertEquals(0, child.exitValue(), output);
    return lastLine(output);
  }

  private static String classFile(Class<?> c) {
    return c.getName().replace('.', '/') + ".class";
  }

  private static byte[] classBytes(Class<?> c) throws IOException {
    try (var in = c.getClassLoader().getResourceAsStream(classFile(c))) {
      return in.readAllBytes();
    }
  }

  private static void zip(java.util.zip.ZipOutputStream out, String name, byte[] bytes)
      throws IOException {
    out.putNextEntry(new java.util.zip.ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
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

  private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
    put((OutputStream) out, name, bytes);
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
