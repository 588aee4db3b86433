package dev.polybridge.graal.internal.context;

import dev.polybridge.RuntimeInfo;
import org.graalvm.polyglot.Engine;

/** Describes the running GraalVM: version, and whether guest code is JIT-compiled. */
final class Runtimes {
  private Runtimes() {}

  static RuntimeInfo describe(Engine engine) {
    return new RuntimeInfo(
        GraalBackend.NAME,
        version(engine),
        !"Interpreted".equals(engine.getImplementationName()),
        Runtime.version().toString());
  }

  /** The polyglot SDK's release, from its jar; the engine itself says "Development Build". */
  private static String version(Engine engine) {
    String fromJar = Engine.class.getPackage().getImplementationVersion();
    if (fromJar != null) {
      return fromJar;
    }
    return Engine.class.getModule().getDescriptor().rawVersion().orElse(engine.getVersion());
  }
}
