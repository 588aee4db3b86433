package dev.polybridge.benchmarks;

import java.util.Map;

/**
 * The guest functions the call benchmarks call, the same source on the raw and the bridge side
 * (issue 13): {@code (x) => x + 1} / {@code lambda x: x + 1}, {@code (s) => s.length} / {@code
 * len}, {@code (m) => Object.keys(m).length} / {@code len}, and an object whose {@code inc}, {@code
 * strlen} and {@code mapsize} are those functions, for a Java interface to be bound to.
 *
 * <p>Used by {@link CallOverheadBenchmark} (JMH) and {@link PerSecond} (the per-second series).
 */
public final class CallCode {
  /** What the guest's object is bound to with {@code as(Api.class)}. */
  public interface Api {
    int inc(int x);

    int strlen(String s);

    int mapsize(Map<String, String> m);
  }

  private CallCode() {}

  /** {@code x + 1}. */
  static String inc(boolean python) {
    return python ? "lambda x: x + 1" : "(x) => x + 1";
  }

  /** The length of a string. */
  static String strlen(boolean python) {
    return python ? "len" : "(s) => s.length";
  }

  /** The number of entries of a dict / the own keys of an object. */
  static String mapsize(boolean python) {
    return python ? "len" : "(m) => Object.keys(m).length";
  }

  /** An object whose {@code inc}, {@code strlen} and {@code mapsize} are the functions above. */
  static String api(boolean python) {
    return python
        ? "__import__('types').SimpleNamespace(inc=lambda x: x + 1, strlen=len, mapsize=len)"
        : "({inc: (x) => x + 1, strlen: (s) => s.length, mapsize: (m) => Object.keys(m).length})";
  }

  /** The {@code i}th of eight other small functions of one argument, each a function of its own. */
  static String other(boolean python, int i) {
    return python ? "lambda x: x * " + (i + 2) : "(x) => x * " + (i + 2);
  }

  /** A function of no arguments that returns a new, empty dict / object. */
  static String newDict(boolean python) {
    return python ? "dict" : "() => ({})";
  }
}
