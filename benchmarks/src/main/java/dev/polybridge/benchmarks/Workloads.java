package dev.polybridge.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The guest programs the benchmarks run: real files under {@code src/main/resources/workloads}, the
 * very files the peer runner hands to CPython and Node. {@code sizes.properties} there holds each
 * compute workload's argument and the result every engine must return for it.
 */
public final class Workloads {
  private static final Properties SIZES = load();

  private Workloads() {}

  /** The text of {@code workloads/<name>}. */
  public static String read(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read workload " + name, e);
    }
  }

  /** The argument {@code run(n)} of a compute workload gets: {@code <workload>.n}. */
  public static int size(String workload) {
    return Integer.parseInt(property(workload + ".n"));
  }

  /**
   * The result {@code run(n)} must return, the same in every engine: {@code <workload>.expected}.
   */
  public static long expected(String workload) {
    return Long.parseLong(property(workload + ".expected"));
  }

  /** Fails unless a workload returned its expected result, so no engine is timed doing less. */
  public static void check(String engine, String workload, long actual) {
    long expected = expected(workload);
    if (actual != expected) {
      throw new IllegalStateException(
          engine + " returned " + actual + " for workload " + workload + ", expected " + expected);
    }
  }

  private static String property(String key) {
    String v = SIZES.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException("workloads/sizes.properties has no " + key);
    }
    return v.trim();
  }

  private static InputStream open(String name) {
    InputStream in = Workloads.class.getResourceAsStream("/workloads/" + name);
    if (in == null) {
      throw new IllegalArgumentException("No workload resource workloads/" + name);
    }
    return in;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = open("sizes.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
