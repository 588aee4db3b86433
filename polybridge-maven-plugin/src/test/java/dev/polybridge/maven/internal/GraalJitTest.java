package dev.polybridge.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraalJitTest {
  @Test
  void theCompilerIsFiveArtifacts() {
    assertEquals(
        List.of(
            "org.graalvm.compiler:compiler",
            "org.graalvm.truffle:truffle-compiler",
            "org.graalvm.sdk:collections",
            "org.graalvm.sdk:word",
            "org.graalvm.sdk:nativeimage"),
        GraalJit.artifacts());
  }

  @Test
  void onAStockJdkTheJarsUpgradeThePlaceholderModule() {
    assertEquals(
        List.of(
            "-XX:+UnlockExperimentalVMOptions",
            "-XX:+EnableJVMCI",
            "--upgrade-module-path=/p/target/polybridge/jit",
            "--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow"),
        GraalJit.upgradeFlags(Path.of("/p/target/polybridge/jit")));
  }

  @Test
  void inARuntimeImageTheJarsAreOrdinaryModules() {
    assertEquals(
        List.of(
            "-XX:+UnlockExperimentalVMOptions",
            "-XX:+EnableJVMCI",
            "--module-path=/img/lib/polybridge/jit",
            "--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow"),
        GraalJit.imageFlags(Path.of("/img/lib/polybridge/jit")));
  }
}
