package dev.polybridge;

import java.util.Objects;

/**
 * What runs the guest code, from {@link Bridge#runtime()}.
 *
 * <pre>{@code
 * if (!bridge.runtime().optimizing()) log.warn("guest code is interpreted: see README, JIT");
 * }</pre>
 *
 * @param backend the backend's name, for example {@code "GraalVM Polyglot"}
 * @param version the backend's version, for example {@code "25.0.3"}
 * @param optimizing true when guest code is JIT-compiled, false when it runs in the interpreter
 * @param jdk the running JDK's version
 */
public record RuntimeInfo(String backend, String version, boolean optimizing, String jdk) {
  /** Checks that no component is null. */
  public RuntimeInfo {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(jdk, "jdk");
  }
}
