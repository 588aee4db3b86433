package dev.polybridge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line ({@link Main}): its exit status and messages for generating, {@code --check},
 * {@code --strict}, bad arguments and import errors. Two bridges: one reaches {@code checks/v1},
 * the other {@code checks/v2}, where module {@code stock} has changed.
 */
class CommandLineTest {
  private static Bridge v1;
  private static Bridge v2;

  @TempDir Path out;

  @BeforeAll
  static void startBridges() {
    v1 = Bridge.builder().pythonPath(dir("v1")).build();
    v2 = Bridge.builder().pythonPath(dir("v2")).build();
  }

  @AfterAll
  static void closeBridges() {
    v1.close();
    v2.close();
  }

  static Path dir(String version) {
    return TestResources.dir("checks").resolve(version);
  }

  /** Exit status, stdout and stderr of one run. */
  record Run(int status, String stdout, String stderr) {}

  static Run run(Bridge bridge, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            bridge);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  String[] stock(String version, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "python",
                "--module",
                "stock",
                "--python-path",
                dir(version).toString(),
                "--package",
                "com.example.stock",
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  Path packageDir() {
    return out.resolve("com/example/stock");
  }

  // ---- generating and checking ----

  @Test
  void generateWritesOneFilePerTypeAndExitsZero() throws Exception {
    Run r = run(v1, stock("v1"));

    assertEquals(new Run(0, "Generated 3 files in " + packageDir() + "\n", ""), r);
    assertEquals(List.of("Item.java", "Shelf.java", "Stock.java"), files(packageDir()));
  }

  @Test
  void checkOfFreshlyGeneratedSourcesExitsZero() {
    run(v1, stock("v1"));

    Run r = run(v1, stock("v1", "--check"));

    assertEquals(
        new Run(0, "The generated sources in " + packageDir() + " are up to date\n", ""), r);
  }

  @Test
  void changedSignatureMakesCheckExitOneNamingEveryChangedAddedAndRemovedTypeAndMember()
      throws Exception {
    run(v1, stock("v1"));
    List<String> before = files(packageDir());

    Run r = run(v2, stock("v2", "--check"));

    assertEquals(1, r.status());
    assertEquals("", r.stdout());
    assertEquals(
        "The generated Python bindings are out of date (8 differences):\n"
            + "  added type com.example.stock.Bin\n"
            + "  changed type com.example.stock.Item\n"
            + "  added member com.example.stock.Item.quantity\n"
            + "  removed type com.example.stock.Shelf\n"
            + "  changed type com.example.stock.Stock\n"
            + "  changed member com.example.stock.Stock.totalPrice\n"
            + "  added member com.example.stock.Stock.audit\n"
            + "  removed member com.example.stock.Stock.count\n"
            + "Regenerate them (run without --check) and commit the result.\n",
        r.stderr());
    assertEquals(before, files(packageDir()), "--check writes nothing");
  }

  @Test
  void regeneratingReplacesChangedFilesAndDeletesStaleOnes() throws Exception {
    run(v1, stock("v1"));
    Path mine = packageDir().resolve("Mine.java");
    Files.writeString(mine, "package com.example.stock;\n\nclass Mine {}\n");

    Run r = run(v2, stock("v2"));

    assertEquals(0, r.status());
    assertEquals(List.of("Bin.java", "Item.java", "Mine.java", "Stock.java"), files(packageDir()));
    assertEquals(
        new Run(0, "The generated sources in " + packageDir() + " are up to date\n", ""),
        run(v2, stock("v2", "--check")));
  }

  @Test
  void unchangedFilesAreNotRewritten() throws Exception {
    run(v1, stock("v1"));
    Path item = packageDir().resolve("Item.java");
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(item, old);

    run(v1, stock("v1"));

    assertEquals(old, Files.getLastModifiedTime(item));
  }

  @Test
  void aUsersOwnFileIsNeverOverwritten() throws Exception {
    Files.createDirectories(packageDir());
    Files.writeString(packageDir().resolve("Item.java"), "// mine\n");

    Run r = run(v1, stock("v1"));

    assertEquals(2, r.status());
    assertEquals(
        "error: cannot write to "
            + packageDir()
            + ": "
            + packageDir().resolve("Item.java")
            + " exists and was not generated by bridge-codegen; move it, or generate into another"
            + " package\n",
        r.stderr());
    assertEquals("// mine\n", Files.readString(packageDir().resolve("Item.java")));
  }

  // ---- warnings and --strict ----

  @Test
  void warningsArePrintedAndCountedButDoNotFailAByDefault() throws Exception {
    Run r = run(v1, loose());

    assertEquals(
        new Run(
            0,
            "Generated 1 file in " + out.resolve("com/example/loose") + " (1 warning)\n",
            "warning: loose.configure: **options has no Java form and is left out; pass extra"
                + " keywords through Handle.invokeKw\n"),
        r);
  }

  @Test
  void strictTurnsWarningsIntoExitOneAndWritesNothing() {
    Run r = run(v1, loose("--strict"));

    assertEquals(
        new Run(
            1,
            "",
            "error: loose.configure: **options has no Java form and is left out; pass extra"
                + " keywords through Handle.invokeKw\n"
                + "error: 1 warning in --strict mode; nothing was written to "
                + out
                + "\n"),
        r);
    assertFalse(Files.exists(out.resolve("com")));
  }

  String[] loose(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "python",
                "--module",
                "loose",
                "--python-path",
                dir("v1").toString(),
                "--package",
                "com.example.loose",
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  // ---- errors: exit 2 ----

  @Test
  void importErrorExitsTwoWithAOneLineReasonAndThePythonTraceback() {
    Run r =
        run(
            v1,
            "python",
            "--module",
            "broken",
            "--python-path",
            dir("v1").toString(),
            "--package",
            "p",
            "--out",
            out.toString());

    assertEquals(2, r.status());
    assertEquals(
        "error: cannot import Python module 'broken': ModuleNotFoundError: No module named"
            + " 'missing_dependency'\n"
            + "Traceback (most recent call last):\n"
            + "  File \""
            + dir("v1").resolve("broken.py")
            + "\", line 3, in <module>\n"
            + "    import missing_dependency  # noqa: F401\n"
            + "ModuleNotFoundError: No module named 'missing_dependency'\n",
        r.stderr());
  }

  @Test
  void missingModuleSaysWhichOneAndThatTheDefaultPathIsEmpty() {
    Run r = run(v1, "python", "--module", "nowhere", "--package", "p", "--out", out.toString());

    assertEquals(2, r.status());
    assertEquals(
        "error: cannot import Python module 'nowhere': ModuleNotFoundError: No module named"
            + " 'nowhere' (no --python-path given: add the folder that holds it)\n",
        r.stderr());
  }

  @Test
  void badArgumentsExitTwoWithTheReasonAndTheUsage() {
    String usage = Main.USAGE + "\n";
    assertEquals(new Run(2, "", "error: no arguments\n" + usage), run(null));
    assertEquals(
        new Run(
            2,
            "",
            "error: the first argument names the guest language, and only 'python' is supported;"
                + " got 'js'\n"
                + usage),
        run(null, "js", "--module", "m"));
    assertEquals(
        new Run(2, "", "error: --module needs a value\n" + usage), run(null, "python", "--module"));
    assertEquals(
        new Run(2, "", "error: unknown argument '--modules'\n" + usage),
        run(null, "python", "--modules", "m"));
    assertEquals(
        new Run(2, "", "error: --out is required\n" + usage),
        run(null, "python", "--module", "m", "--package", "p"));
    assertEquals(
        new Run(2, "", "error: --python-path /no/such/dir is not a directory\n" + usage),
        run(
            null,
            "python",
            "--module",
            "m",
            "--package",
            "p",
            "--out",
            "o",
            "--python-path",
            "/no/such/dir"));
    assertEquals(
        new Run(
            2,
            "",
            "error: 'com.1x' is not a Java package name (dotted identifiers that are not"
                + " keywords, such as com.example.shop)\n"
                + usage),
        run(null, "python", "--module", "m", "--package", "com.1x", "--out", "o"));
    assertEquals(
        new Run(
            2,
            "",
            "error: 'a-b' is not a Python module name (dotted identifiers, such as"
                + " shop.inventory)\n"
                + usage),
        run(null, "python", "--module", "a-b", "--package", "p", "--out", "o"));
  }

  @Test
  void helpPrintsTheUsageAndExitsZero() {
    assertEquals(new Run(0, Main.USAGE + "\n", ""), run(null, "--help"));
  }

  private static List<String> files(Path dir) throws Exception {
    assertTrue(Files.isDirectory(dir), dir + " exists");
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
