package dev.polybridge.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkTest {
  @TempDir Path dir;

  private Jdk jdk(String release) throws IOException {
    Files.writeString(dir.resolve("release"), release);
    return Jdk.at(dir);
  }

  @Test
  void theVersionAndModulesComeFromTheReleaseFile() throws IOException {
    Jdk jdk =
        jdk(
            "IMPLEMENTOR=\"Eclipse Adoptium\"\n"
                + "JAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\n"
                + "JAVA_VERSION=\"25.0.3\"\n"
                + "MODULES=\"java.base java.logging jdk.graal.compiler\"\n");
    assertEquals("25.0.3+9-LTS", jdk.version().toString());
    assertEquals(List.of("java.base", "java.logging", "jdk.graal.compiler"), jdk.modules());
    assertEquals(dir.resolve("bin").resolve("jlink"), jdk.tool("jlink"));
    assertEquals("JDK 25.0.3+9-LTS (" + dir + ")", jdk.toString());
  }

  @Test
  void withoutARuntimeVersionTheJavaVersionIsUsed() throws IOException {
    assertEquals("17.0.15", jdk("JAVA_VERSION=\"17.0.15\"\n").version().toString());
  }

  @Test
  void theGraalCompilerNeedsItsOwnJdkReleaseAtTheSameOrALaterUpdate() throws IOException {
    assertTrue(jdk("JAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\n").runsGraalCompiler("25.0.3"));
    assertTrue(jdk("JAVA_RUNTIME_VERSION=\"25.0.4+7\"\n").runsGraalCompiler("25.0.3"));
    assertFalse(jdk("JAVA_RUNTIME_VERSION=\"25.0.2+10\"\n").runsGraalCompiler("25.0.3"));
    assertFalse(
        jdk("JAVA_RUNTIME_VERSION=\"17.0.15+6-Debian-1deb12u1\"\n").runsGraalCompiler("25.0.3"));
    assertFalse(jdk("JAVA_RUNTIME_VERSION=\"26+35\"\n").runsGraalCompiler("25.0.3"));
    assertEquals("JDK 25.0.3 or a later JDK 25 update", Jdk.graalCompilerNeeds("25.0.3"));
  }

  @Test
  void aFolderWithoutAReleaseFileIsNotAJdk() {
    IOException e = assertThrows(IOException.class, () -> Jdk.at(dir));
    assertEquals(
        dir + " is not a JDK: it has no release file. Point jdkHome at a JDK's home directory.",
        e.getMessage());
  }

  @Test
  void theJdkRunningTheTestsReadsAsItsOwnVersion() throws IOException {
    Jdk running = Jdk.at(Path.of(System.getProperty("java.home")));
    assertEquals(Runtime.version().toString(), running.version().toString());
    assertTrue(running.modules().contains("java.base"));
  }
}
