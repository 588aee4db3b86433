package dev.polybridge.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeImageTest {
  private static final List<String> JDK_MODULES =
      List.of(
          "java.base",
          "java.logging",
          "jdk.graal.compiler",
          "jdk.graal.compiler.management",
          "jdk.internal.vm.ci",
          "jdk.jlink",
          "jdk.jpackage",
          "jdk.unsupported");

  @TempDir Path dir;

  @Test
  void allModulesGoInButThePlaceholdersAndJlink() {
    assertEquals(
        List.of("java.base", "java.logging", "jdk.internal.vm.ci", "jdk.unsupported"),
        RuntimeImage.modules(JDK_MODULES, List.of()));
  }

  @Test
  void requestedModulesGoInOnceEach() {
    assertEquals(
        List.of("java.logging", "jdk.unsupported"),
        RuntimeImage.modules(
            JDK_MODULES, List.of("java.logging", "jdk.unsupported", "java.logging")));
  }

  @Test
  void aPlaceholderCannotBeRequested() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RuntimeImage.modules(JDK_MODULES, List.of("jdk.graal.compiler")));
    assertEquals(
        "module jdk.graal.compiler cannot go into the runtime image (it takes jdk.graal.compiler,"
            + " jdk.graal.compiler.management, jdk.jlink, jdk.jpackage from no JDK); remove it from"
            + " <modules>",
        e.getMessage());
  }

  @Test
  void aModuleTheJdkLacksCannotBeRequested() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RuntimeImage.modules(List.of("java.base", "java.sql"), List.of("java.desktop")));
    assertEquals(
        "module java.desktop is not in the JDK; it has java.base, java.sql", e.getMessage());
  }

  @Test
  void theJitFlagsAreBakedInBeforeTheUsersOptions() {
    assertEquals(
        List.of(
            "-XX:+UnlockExperimentalVMOptions",
            "-XX:+EnableJVMCI",
            "--module-path=/img/lib/polybridge/jit",
            "--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow",
            "-Xss4m"),
        RuntimeImage.bakedOptions(Path.of("/img"), List.of("-Xss4m")));
  }

  @Test
  void jlinkLinksTheModulesWithTheOptionsAndACdsArchive() throws IOException {
    Files.writeString(dir.resolve("release"), "JAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\n");
    Jdk jdk = Jdk.at(dir);
    assertEquals(
        List.of(
            dir.resolve("bin/jlink").toString(),
            "--add-modules",
            "java.base,jdk.unsupported",
            "--output",
            "/img",
            "--no-header-files",
            "--no-man-pages",
            "--generate-cds-archive",
            "--add-options=-XX:+EnableJVMCI \"-Dapp.home=/my app\" '-Dq=\"x\"'"),
        RuntimeImage.jlinkCommand(
            jdk,
            List.of("java.base", "jdk.unsupported"),
            Path.of("/img"),
            List.of("-XX:+EnableJVMCI", "-Dapp.home=/my app", "-Dq=\"x\"")));
  }

  @Test
  void anOptionWithBothKindsOfQuotesCannotBeBakedIn() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RuntimeImage.optionsValue(List.of("-Dx=it's \"odd\"")));
    assertEquals(
        "option -Dx=it's \"odd\" has both kinds of quotes; the JVM cannot read it back",
        e.getMessage());
  }

  @Test
  void anImageIsCurrentOnlyWithTheSameStampAndItsJava() throws IOException {
    Files.writeString(dir.resolve("release"), "JAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\n");
    Jdk jdk = Jdk.at(dir);
    Path jar = Files.writeString(dir.resolve("compiler-25.0.3.jar"), "jar");
    Path image = dir.resolve("image");
    Properties stamp =
        RuntimeImage.stamp(jdk, "25.0.3", List.of("java.base"), List.of("-Xss4m"), List.of(jar));
    assertFalse(RuntimeImage.isCurrent(image, stamp));

    Files.createDirectories(image.resolve("bin"));
    Files.writeString(image.resolve("bin/java"), "#!/bin/sh\n");
    image.resolve("bin/java").toFile().setExecutable(true);
    RuntimeImage.writeStamp(image, stamp);
    assertTrue(RuntimeImage.isCurrent(image, stamp));

    Properties otherOptions =
        RuntimeImage.stamp(jdk, "25.0.3", List.of("java.base"), List.of("-Xss8m"), List.of(jar));
    assertFalse(RuntimeImage.isCurrent(image, otherOptions));
    Files.writeString(jar, "a changed jar");
    assertFalse(
        RuntimeImage.isCurrent(
            image,
            RuntimeImage.stamp(
                jdk, "25.0.3", List.of("java.base"), List.of("-Xss4m"), List.of(jar))));
  }
}
