package dev.polybridge.examples;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Uses Python's standard library from Java: {@code json}, {@code statistics}, {@code datetime} and
 * {@code textwrap}, with Java maps and lists passed straight in as arguments.
 *
 * <p>Java collections arrive in Python as a native {@code dict} and {@code list}, so library code
 * that checks {@code isinstance(x, dict)} (as {@code json} does) accepts them unchanged.
 */
public final class StdlibDemo {
  private StdlibDemo() {}

  /** Runs the demo on its own bridge. */
  public static void main(String[] args) {
    try (Bridge bridge = Examples.newBridge()) {
      run(bridge);
    }
  }

  /** Prints what a few standard-library modules make of Java values. */
  static void run(Bridge bridge) {
    GuestContext python = bridge.python();
    json(python);
    statistics(python);
    datetime(python);
    textwrap(python);
  }

  private static void json(GuestContext python) {
    Handle json = python.importModule("json");
    Map<String, Object> project =
        Map.of(
            "name", "polybridge",
            "guests", List.of("python", "javascript"),
            "java", Map.of("release", 17));
    // Keyword-only options such as sort_keys have no positional form, hence invokeKw.
    String text =
        json.invokeKw("dumps", Map.of("indent", 2, "sort_keys", true), project).as(String.class);
    System.out.println("json.dumps(map, indent=2, sort_keys=True):");
    System.out.println(text);
  }

  private static void statistics(GuestContext python) {
    Handle statistics = python.importModule("statistics");
    List<Integer> samples = List.of(3, 1, 4, 1, 5, 9, 2, 6);
    double mean = statistics.invoke("mean", samples).as(Double.class);
    double median = statistics.invoke("median", samples).as(Double.class);
    int mode = statistics.invoke("mode", samples).as(Integer.class);
    System.out.println("statistics of " + samples + ":");
    System.out.println("  mean = " + mean + ", median = " + median + ", mode = " + mode);
  }

  private static void datetime(GuestContext python) {
    Handle datetime = python.importModule("datetime");
    Handle leapDay = datetime.get("date").call(2024, 2, 29);
    Handle hundredDays = datetime.get("timedelta").callKw(Map.of("days", 100));
    // Handles have no operators; __add__ is what Python's "+" calls for a date and a timedelta.
    LocalDate later = leapDay.invoke("__add__", hundredDays).as(LocalDate.class);
    System.out.println(
        "datetime: "
            + leapDay.invoke("strftime", "%A %d %B %Y").as(String.class)
            + " is "
            + leapDay.as(LocalDate.class)
            + " in Java; 100 days later is "
            + later);
  }

  private static void textwrap(GuestContext python) {
    Handle textwrap = python.importModule("textwrap");
    String text =
        "Polybridge runs Python and JavaScript inside the JVM, so a Java program can call"
            + " a guest library as if it were one of its own.";
    String wrapped = textwrap.invokeKw("fill", Map.of("width", 40), text).as(String.class);
    String indented = textwrap.invoke("indent", wrapped, "  | ").as(String.class);
    System.out.println("textwrap.fill(text, width=40):");
    System.out.println(indented);
  }
}
