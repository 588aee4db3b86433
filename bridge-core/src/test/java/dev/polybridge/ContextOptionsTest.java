package dev.polybridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ContextOptionsTest {

  static void assertRejected(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }

  @Test
  void sandboxedDefaultsHaveNoLimitsAndNoHostAccess() {
    ContextOptions options = ContextOptions.sandboxed();

    assertEquals(Optional.empty(), options.timeout());
    assertEquals(OptionalLong.empty(), options.statementLimit());
    assertEquals(OptionalLong.empty(), options.maxAllocatedBytes());
    assertFalse(options.allowHostAccess());
    assertFalse(options.allowIO());
    assertFalse(options.allowNativeModules());
    assertEquals(Optional.empty(), options.stdout());
    assertEquals(Optional.empty(), options.stderr());
  }

  @Test
  void builderKeepsWhatWasSet() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    ContextOptions options =
        ContextOptions.builder()
            .timeout(Duration.ofSeconds(2))
            .statementLimit(1000)
            .maxAllocatedBytes(64L << 20)
            .allowHostAccess(true)
            .allowIO(true)
            .stdout(out)
            .stderr(err)
            .build();

    assertEquals(Optional.of(Duration.ofSeconds(2)), options.timeout());
    assertEquals(OptionalLong.of(1000), options.statementLimit());
    assertEquals(OptionalLong.of(64L << 20), options.maxAllocatedBytes());
    assertTrue(options.allowHostAccess());
    assertTrue(options.allowIO());
    assertSame(out, options.stdout().orElseThrow());
    assertSame(err, options.stderr().orElseThrow());
  }

  @Test
  void nativeModulesAreOffUnlessAskedForAndSurviveToBuilder() {
    assertFalse(ContextOptions.builder().build().allowNativeModules());

    ContextOptions allowed = ContextOptions.builder().allowNativeModules(true).build();

    assertTrue(allowed.allowNativeModules());
    assertTrue(allowed.toBuilder().timeout(Duration.ofSeconds(1)).build().allowNativeModules());
    assertFalse(allowed.toBuilder().allowNativeModules(false).build().allowNativeModules());
    assertEquals(
        "ContextOptions{timeout=null, statementLimit=0, maxAllocatedBytes=0, allowHostAccess=false,"
            + " allowIO=false, allowNativeModules=true}",
        allowed.toString());
  }

  @Test
  void toBuilderStartsFromTheOptions() {
    ContextOptions base =
        ContextOptions.builder().timeout(Duration.ofMillis(500)).allowIO(true).build();

    ContextOptions derived = base.toBuilder().statementLimit(10).build();

    assertEquals(Optional.of(Duration.ofMillis(500)), derived.timeout());
    assertTrue(derived.allowIO());
    assertEquals(OptionalLong.of(10), derived.statementLimit());
    assertEquals(OptionalLong.empty(), base.statementLimit());
  }

  @Test
  void zeroLimitsAndNullTimeoutMeanNoLimit() {
    ContextOptions options =
        ContextOptions.builder()
            .timeout(Duration.ofSeconds(1))
            .timeout(null)
            .statementLimit(0)
            .maxAllocatedBytes(0)
            .build();

    assertEquals(Optional.empty(), options.timeout());
    assertEquals(OptionalLong.empty(), options.statementLimit());
    assertEquals(OptionalLong.empty(), options.maxAllocatedBytes());
  }

  @Test
  void zeroTimeoutIsRejected() {
    assertRejected(
        "timeout must be positive, got PT0S",
        () -> ContextOptions.builder().timeout(Duration.ZERO));
  }

  @Test
  void negativeTimeoutIsRejected() {
    assertRejected(
        "timeout must be positive, got PT-1S",
        () -> ContextOptions.builder().timeout(Duration.ofSeconds(-1)));
  }

  @Test
  void negativeStatementLimitIsRejected() {
    assertRejected(
        "statementLimit must be positive (or 0 for none), got -1",
        () -> ContextOptions.builder().statementLimit(-1));
  }

  @Test
  void negativeAllocationLimitIsRejected() {
    assertRejected(
        "maxAllocatedBytes must be positive (or 0 for none), got -5",
        () -> ContextOptions.builder().maxAllocatedBytes(-5));
  }

  @Test
  void nullStreamsAreRejectedNamingTheParameter() {
    NullPointerException out =
        assertThrows(NullPointerException.class, () -> ContextOptions.builder().stdout(null));
    NullPointerException err =
        assertThrows(NullPointerException.class, () -> ContextOptions.builder().stderr(null));

    assertEquals("stdout", out.getMessage());
    assertEquals("stderr", err.getMessage());
  }
}
