package dev.polybridge;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a guest context is sandboxed and limited. Immutable.
 *
 * <pre>{@code
 * ContextOptions opts = ContextOptions.builder()
 *     .timeout(Duration.ofSeconds(2))
 *     .maxAllocatedBytes(64L << 20)
 *     .build();
 * try (GuestContext js = bridge.newContext(Language.JS, opts)) { ... }
 * }</pre>
 *
 * <p>Defaults ({@link #sandboxed()}): no host class lookup or host object access, no host I/O
 * beyond reading the Python home and the bridge's Python path, no process or thread creation, no
 * native access, no environment variables, output to the bridge's streams, no time or allocation
 * limit. {@link Builder#allowNativeModules(boolean)} opts in to GraalPy's own native modules
 * ({@code sqlite3}, its regular-expression fallback) without opening native code in general.
 */
public final class ContextOptions {
  private static final ContextOptions SANDBOXED = new Builder().build();

  private final Duration timeout;
  private final long statementLimit;
  private final long maxAllocatedBytes;
  private final boolean allowHostAccess;
  private final boolean allowIO;
  private final boolean allowNativeModules;
  private final OutputStream stdout;
  private final OutputStream stderr;

  private ContextOptions(Builder b) {
    this.timeout = b.timeout;
    this.statementLimit = b.statementLimit;
    this.maxAllocatedBytes = b.maxAllocatedBytes;
    this.allowHostAccess = b.allowHostAccess;
    this.allowIO = b.allowIO;
    this.allowNativeModules = b.allowNativeModules;
    this.stdout = b.stdout;
    this.stderr = b.stderr;
  }

  /** The safe defaults used by {@link Bridge#newContext(Language)}. */
  public static ContextOptions sandboxed() {
    return SANDBOXED;
  }

  /** A builder starting from the {@link #sandboxed()} settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.statementLimit = statementLimit;
    b.maxAllocatedBytes = maxAllocatedBytes;
    b.allowHostAccess = allowHostAccess;
    b.allowIO = allowIO;
    b.allowNativeModules = allowNativeModules;
    b.stdout = stdout;
    b.stderr = stderr;
    return b;
  }

  /** The wall-clock limit for each entry into guest code, if any. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The number of guest statements the context may run in its lifetime, if limited. */
  public OptionalLong statementLimit() {
    return statementLimit == 0 ? OptionalLong.empty() : OptionalLong.of(statementLimit);
  }

  /** The bytes guest code may allocate during one entry, if limited. */
  public OptionalLong maxAllocatedBytes() {
    return maxAllocatedBytes == 0 ? OptionalLong.empty() : OptionalLong.of(maxAllocatedBytes);
  }

  /** Whether guest code may look up Java classes and use Java objects' public members. */
  public boolean allowHostAccess() {
    return allowHostAccess;
  }

  /** Whether guest code may read and write the host file system and open sockets. */
  public boolean allowIO() {
    return allowIO;
  }

  /**
   * Whether Python code may load the native modules GraalPy ships ({@code sqlite3}, the {@code
   * _cpython_sre} fallback for regular expressions GraalVM's engine cannot run, {@code pyexpat},
   * {@code unicodedata}'s Unicode 3.2 tables); never {@code ctypes} or any other shared library.
   */
  public boolean allowNativeModules() {
    return allowNativeModules;
  }

  /** Where guest standard output goes; empty means the bridge's stream. */
  public Optional<OutputStream> stdout() {
    return Optional.ofNullable(stdout);
  }

  /** Where guest standard error goes; empty means the bridge's stream. */
  public Optional<OutputStream> stderr() {
    return Optional.ofNullable(stderr);
  }

  @Override
  public String toString() {
    return "ContextOptions{timeout="
        + timeout
        + ", statementLimit="
        + statementLimit
        + ", maxAllocatedBytes="
        + maxAllocatedBytes
        + ", allowHostAccess="
        + allowHostAccess
        + ", allowIO="
        + allowIO
        + ", allowNativeModules="
        + allowNativeModules
        + "}";
  }

  /** Builds {@link ContextOptions}; starts from the sandboxed defaults. */
  public static final class Builder {
    private Duration timeout;
    private long statementLimit;
    private long maxAllocatedBytes;
    private boolean allowHostAccess;
    private boolean allowIO;
    private boolean allowNativeModules;
    private OutputStream stdout;
    private OutputStream stderr;

    private Builder() {}

    /**
     * Limits each entry into guest code ({@code eval}, {@code call}, a proxy call...) to this
     * wall-clock time; past it the guest is interrupted and {@link ExecutionTimeoutException} is
     * thrown.
     *
     * @param timeout a positive duration, or null for no limit
     */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
        throw new IllegalArgumentException("timeout must be positive, got " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Limits the number of guest statements the context may run in its lifetime; past it the
     * context is closed and {@link ResourceLimitException} is thrown.
     *
     * @param statementLimit a positive count, or 0 for no limit
     */
    public Builder statementLimit(long statementLimit) {
      if (statementLimit < 0) {
        throw new IllegalArgumentException(
            "statementLimit must be positive (or 0 for none), got " + statementLimit);
      }
      this.statementLimit = statementLimit;
      return this;
    }

    /**
     * Limits the bytes guest code may allocate during one entry; past it the guest is stopped and
     * {@link ResourceLimitException} is thrown.
     *
     * @param maxAllocatedBytes a positive byte count, or 0 for no limit
     */
    public Builder maxAllocatedBytes(long maxAllocatedBytes) {
      if (maxAllocatedBytes < 0) {
        throw new IllegalArgumentException(
            "maxAllocatedBytes must be positive (or 0 for none), got " + maxAllocatedBytes);
      }
      this.maxAllocatedBytes = maxAllocatedBytes;
      return this;
    }

    /** Lets guest code look up Java classes and use public members of Java objects. */
    public Builder allowHostAccess(boolean allowHostAccess) {
      this.allowHostAccess = allowHostAccess;
      return this;
    }

    /** Lets guest code use the host file system and sockets. */
    public Builder allowIO(boolean allowIO) {
      this.allowIO = allowIO;
      return this;
    }

    /**
     * Lets Python code load GraalPy's own native modules: {@code sqlite3}, and the native engine
     * GraalPy falls back to for regular expressions its Java engine cannot run. They work in every
     * context that allows them, in any order and in any bridge of the JVM. {@code ctypes} and every
     * other shared library stay refused. Without this switch, importing them fails with an {@code
     * ImportError} naming the module and this switch.
     *
     * <pre>{@code
     * ContextOptions opts = ContextOptions.builder().allowNativeModules(true).build();
     * bridge.newContext(Language.PYTHON, opts).exec("import sqlite3");
     * }</pre>
     */
    public Builder allowNativeModules(boolean allowNativeModules) {
      this.allowNativeModules = allowNativeModules;
      return this;
    }

    /** Sends guest standard output ({@code print}, {@code console.log}) to {@code stdout}. */
    public Builder stdout(OutputStream stdout) {
      this.stdout = Objects.requireNonNull(stdout, "stdout");
      return this;
    }

    /** Sends guest standard error to {@code stderr}. */
    public Builder stderr(OutputStream stderr) {
      this.stderr = Objects.requireNonNull(stderr, "stderr");
      return this;
    }

    /** The options. */
    public ContextOptions build() {
      return new ContextOptions(this);
    }
  }
}
