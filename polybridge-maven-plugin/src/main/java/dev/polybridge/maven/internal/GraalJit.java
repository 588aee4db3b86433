package dev.polybridge.maven.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What turns on the Graal JIT for GraalVM's polyglot runtime on a stock JDK: the five compiler
 * artifacts and the JVM flags, once as an upgrade of the JDK's placeholder modules (the {@code jit}
 * goal's argument file) and once as ordinary modules of a runtime image (the {@code runtime} goal).
 */
public final class GraalJit {
  /** The module Graal's compiler jar defines; the JDK ships an empty placeholder of that name. */
  public static final String COMPILER_MODULE = "jdk.graal.compiler";

  private GraalJit() {}

  /** {@code groupId:artifactId} of the five jars, in the order they are copied. */
  public static List<String> artifacts() {
    return List.of(
        "org.graalvm.compiler:compiler",
        "org.graalvm.truffle:truffle-compiler",
        "org.graalvm.sdk:collections",
        "org.graalvm.sdk:word",
        "org.graalvm.sdk:nativeimage");
  }

  /**
   * Flags for a stock JDK 25: the compiler jars in {@code jitDirectory} replace the JDK's empty
   * {@code jdk.graal.compiler} module. The JDK refuses its AOT cache with an upgrade module path.
   */
  public static List<String> upgradeFlags(Path jitDirectory) {
    List<String> flags = new ArrayList<>(jvmciFlags());
    flags.add("--upgrade-module-path=" + jitDirectory.toAbsolutePath());
    flags.addAll(quietFlags());
    return flags;
  }

  /**
   * Flags baked into a runtime image that has no {@code jdk.graal.compiler} placeholder: the jars
   * in {@code jitDirectory} are ordinary modules on the module path. They are not roots: the JVM
   * binds them as the provider of JVMCI's compiler service, so if the jars are missing the JVM
   * still starts (interpreting guest code) instead of failing on an unknown module.
   */
  public static List<String> imageFlags(Path jitDirectory) {
    List<String> flags = new ArrayList<>(jvmciFlags());
    flags.add("--module-path=" + jitDirectory.toAbsolutePath());
    flags.addAll(quietFlags());
    return flags;
  }

  private static List<String> jvmciFlags() {
    return List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI");
  }

  /** JDK 24+ warns about GraalVM's native access and {@code sun.misc.Unsafe} use without these. */
  private static List<String> quietFlags() {
    return List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
  }
}
