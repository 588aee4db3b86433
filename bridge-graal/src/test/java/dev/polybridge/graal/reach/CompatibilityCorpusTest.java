package dev.polybridge.graal.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The compatibility corpus: each case under {@code src/test/resources/compat/compat_cases} uses one
 * Debian package (or a part of the standard library) as its documentation shows and returns plain
 * data; its answer through Polybridge's public API must be CPython 3.11's on the same call ({@code
 * python3} on the machine, run here on the same dist-packages folder).
 *
 * <p>Every case runs in the bridge's shared {@code python()} context (default settings); the
 * standard-library cases also run in a sandboxed {@code newContext}; cases that set {@code NATIVE =
 * True} run in a context with {@code allowNativeModules}, and in the shared one must fail with the
 * message naming that switch. A case listed in {@code known-differences.txt} must give exactly the
 * answer recorded there (a C extension's import error, say), never CPython's. The table of {@code
 * COMPATIBILITY.md} is written to {@code target/compatibility-report.md}.
 *
 * <p>Slow by nature (every package is imported once, in GraalPy's interpreter on JDK 17): one
 * class, one bridge, one run of {@code python3}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompatibilityCorpusTest {
  static final Path DIST_PACKAGES = Path.of("/usr/lib/python3/dist-packages");

  Bridge bridge;
  GuestContext sandboxed;
  GuestContext nativeModules;
  Path compat;
  List<String> names;
  Map<String, String> cpython;
  Map<String, String[]> known;
  final Map<String, String> packages = new TreeMap<>();
  final Map<String, String> report = new TreeMap<>();
  final Map<String, Long> timings = new TreeMap<>();

  @BeforeAll
  void setUp() throws Exception {
    compat = Path.of(CompatibilityCorpusTest.class.getResource("/compat").toURI());
    try (Stream<Path> files = Files.list(compat.resolve("compat_cases"))) {
      names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".py") && !n.startsWith("_"))
              .map(n -> n.substring(0, n.length() - 3))
              .sorted()
              .toList();
    }
    for (String name : names) {
      Matcher m =
          Pattern.compile("PACKAGE = \"([^\"]+)\"")
              .matcher(Files.readString(compat.resolve("compat_cases/" + name + ".py")));
      packages.put(name, m.find() ? m.group(1) : "stdlib");
    }
    known = readKnown(compat.resolve("known-differences.txt"));
    cpython = runCPython();
    bridge = Bridge.builder().pythonPath(compat, DIST_PACKAGES).build();
    sandboxed = bridge.newContext(Language.PYTHON);
    nativeModules =
        bridge.newContext(
            Language.PYTHON, ContextOptions.builder().allowNativeModules(true).build());
  }

  @AfterAll
  void tearDown() throws IOException {
    bridge.close();
    writeReport();
  }

  private Map<String, String> runCPython() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3", "cpython_answers.py"));
    command.addAll(names);
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(compat.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().put("PYTHONPATH", compat + ":" + DIST_PACKAGES);
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    pb.environment().put("TZ", "UTC");
    Process p = pb.start();
    Map<String, String> out = new LinkedHashMap<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        out.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    assertEquals(0, p.waitFor(), "python3 cpython_answers.py failed");
    return out;
  }

  /** {@code name | why | the answer Polybridge gives} lines; '#' starts a comment. */
  private static Map<String, String[]> readKnown(Path file) throws IOException {
    Map<String, String[]> out = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(" \\| ", 3);
      String answer = f[2].trim().replace("{CWD}", System.getProperty("user.dir"));
      out.put(f[0].trim(), new String[] {f[1].trim(), answer});
    }
    return out;
  }

  private static String answer(GuestContext py, String name) {
    Handle runner = py.importModule("compat_runner");
    return runner.invoke("answer", name).as(String.class);
  }

  private boolean isNative(String name) {
    try {
      return Files.readString(compat.resolve("compat_cases/" + name + ".py"))
          .contains("\nNATIVE = True");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaseAnswersAsCPythonDoesOrAsItsKnownDifferenceSays() {
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(
        DynamicTest.dynamicTest(
            "the corpus holds at least 40 Debian packages",
            () ->
                assertTrue(
                    packages.values().stream().filter(p -> p.startsWith("python3-")).count() >= 40,
                    packages.toString())));
    for (String name : names) {
      tests.add(
          DynamicTest.dynamicTest(
              name + " in the shared context",
              () -> {
                long start = System.nanoTime();
                String ours = answer(bridge.python(), name);
                long ms = (System.nanoTime() - start) / 1_000_000;
                check(name, ours, ms);
              }));
      if (name.startsWith("stdlib_") && !isNative(name)) {
        tests.add(
            DynamicTest.dynamicTest(
                name + " in a sandboxed newContext",
                () -> {
                  String ours = answer(sandboxed, name);
                  String[] k = known.get(name);
                  assertEquals(k == null ? cpython.get(name) : k[1], ours);
                }));
      }
      if (isNative(name)) {
        tests.add(
            DynamicTest.dynamicTest(
                name + " in a context with allowNativeModules",
                () -> {
                  String ours = answer(nativeModules, name);
                  boolean same = cpython.get(name).equals(ours);
                  report.put(
                      name,
                      report.get(name)
                          + (same
                              ? "; works with `allowNativeModules(true)`"
                              : "; FAILS with `allowNativeModules(true)` too"));
                  assertEquals(cpython.get(name), ours);
                }));
      }
    }
    return tests.stream();
  }

  private void check(String name, String ours, long ms) {
    String expected = cpython.get(name);
    String[] k = known.get(name);
    if (k == null) {
      report.put(name, expected.equals(ours) ? "works" : "FAILS (not explained)");
      assertEquals(expected, ours, name + ": Polybridge's answer differs from CPython's");
    } else {
      report.put(name, "fails: " + k[0]);
      assertNotEquals(expected, ours, name + " is listed as a known difference but now works");
      assertEquals(
          k[1], ours, name + ": the answer differs from the one known-differences.txt records");
    }
    timings.put(name, ms);
  }

  private void writeReport() throws IOException {
    StringBuilder md = new StringBuilder("| package | version | works / fails and why |\n");
    md.append("|---|---|---|\n");
    for (String name : names) {
      String pkg = packages.get(name);
      String version = pkg.equals("stdlib") ? "Python 3.12 (GraalPy 25.0.3)" : version(pkg);
      String label = pkg.equals("stdlib") ? name.substring("stdlib_".length()) + " (stdlib)" : pkg;
      md.append("| ")
          .append(label)
          .append(" | ")
          .append(version)
          .append(" | ")
          .append(report.getOrDefault(name, "not run"))
          .append(" |\n");
    }
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("compatibility-report.md"), md, StandardCharsets.UTF_8);
    StringBuilder times = new StringBuilder();
    timings.forEach((k, v) -> times.append(k).append('\t').append(v).append(" ms\n"));
    Files.writeString(target.resolve("compatibility-timings.txt"), times, StandardCharsets.UTF_8);
  }

  private static String version(String pkg) {
    try {
      Process p = new ProcessBuilder("dpkg-query", "-W", "-f=${Version}", pkg).start();
      String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.waitFor() == 0 ? v : "not installed";
    } catch (IOException | InterruptedException e) {
      return "unknown";
    }
  }
}
