package dev.polybridge.benchmarks.report;

import java.util.List;

/**
 * The stretches of a fork's time the report quotes for benchmarks whose speed users feel while the
 * JIT is still at work (issue 13): calls and isolated snippets are measured second by second from
 * the start of a fork, and read after a short and after a long warm-up, {@link #LENGTH} seconds
 * each.
 */
final class Windows {
  /** Results files measured second by second: their results are read in windows. */
  static final List<String> SUITES = List.of("call", "isolated");

  /** Seconds of a fork's time after which a window starts: a short and a long warm-up. */
  static final List<Integer> AFTER = List.of(10, 60);

  /** How many seconds of iterations each window averages. */
  static final double LENGTH = 3;

  private Windows() {}

  /** The key of a result's window after {@code after} seconds. */
  static String key(String key, int after) {
    return key + "@" + after + "s";
  }

  /** How a section or label names the window. */
  static String label(int after) {
    return "after " + after + " s";
  }
}
