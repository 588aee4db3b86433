package dev.polybridge.codegen;

import dev.polybridge.Bridge;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line over {@link Generator}.
 *
 * <pre>
 * java -cp ... dev.polybridge.codegen.Main python --module shop.inventory --python-path src/main/python \
 *     --package com.example.shop --out src/main/java [--check] [--strict]
 * </pre>
 *
 * <p>Exit status: 0 when generated (or, with {@code --check}, up to date); 1 when {@code --check}
 * finds differences (each changed, added or removed type and member is listed) or {@code --strict}
 * finds warnings; 2 for bad arguments or a module that fails to import (a one-line reason, then
 * Python's traceback).
 */
public final class Main {
  static final String USAGE =
      "usage: Main python --module NAME [--module NAME...] --python-path DIR [--python-path DIR...]"
          + " --package JAVA_PACKAGE --out DIR [--check] [--strict]";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, null));
  }

  /**
   * Runs the command line.
   *
   * @param bridge the bridge to import through, or null to make one from {@code --python-path}
   * @return the exit status
   */
  static int run(String[] args, PrintStream out, PrintStream err, Bridge bridge) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (options.help) {
      out.println(USAGE);
      return 0;
    }
    try {
      GenerationRequest request =
          GenerationRequest.builder()
              .modules(options.modules)
              .pythonPath(options.pythonPath)
              .packageName(options.packageName)
              .outputDirectory(options.out)
              .strict(options.strict)
              .build();
      return options.check ? check(request, out, err, bridge) : generate(request, out, err, bridge);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (GenerationException e) {
      err.println("error: " + e.getMessage());
      err.print(e.pythonTraceback());
      return 2;
    }
  }

  private static int generate(
      GenerationRequest request, PrintStream out, PrintStream err, Bridge bridge) {
    GenerationResult r =
        bridge == null ? Generator.generate(request) : Generator.generate(request, bridge);
    warnings(r.warnings(), request.strict(), err);
    if (r.failed()) {
      err.println(
          "error: "
              + count(r.warnings().size(), "warning")
              + " in --strict mode; nothing was written to "
              + request.outputDirectory());
      return 1;
    }
    out.println(
        "Generated "
            + count(r.files().size(), "file")
            + " in "
            + request.packageDirectory()
            + (r.warnings().isEmpty() ? "" : " (" + count(r.warnings().size(), "warning") + ")"));
    return 0;
  }

  private static int check(
      GenerationRequest request, PrintStream out, PrintStream err, Bridge bridge) {
    CheckResult c = bridge == null ? Generator.check(request) : Generator.check(request, bridge);
    warnings(c.warnings(), request.strict(), err);
    if (!c.upToDate()) {
      err.println(c.report());
      return 1;
    }
    if (c.failed()) {
      err.println("error: " + count(c.warnings().size(), "warning") + " in --strict mode");
      return 1;
    }
    out.println("The generated sources in " + request.packageDirectory() + " are up to date");
    return 0;
  }

  private static void warnings(List<String> warnings, boolean strict, PrintStream err) {
    for (String w : warnings) {
      err.println((strict ? "error: " : "warning: ") + w);
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The parsed arguments. */
  private static final class Options {
    final List<String> modules = new ArrayList<>();
    final List<Path> pythonPath = new ArrayList<>();
    String packageName;
    Path out;
    boolean check;
    boolean strict;
    boolean help;

    static Options parse(String[] args) {
      Options o = new Options();
      if (args.length == 0) {
        throw new IllegalArgumentException("no arguments");
      }
      if (args[0].equals("--help") || args[0].equals("-h")) {
        o.help = true;
        return o;
      }
      if (!args[0].equals("python")) {
        throw new IllegalArgumentException(
            "the first argument names the guest language, and only 'python' is supported; got '"
                + args[0]
                + "'");
      }
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--module":
            o.modules.add(value(args, ++i, a));
            break;
          case "--python-path":
            o.pythonPath.add(Path.of(value(args, ++i, a)));
            break;
          case "--package":
            o.packageName = value(args, ++i, a);
            break;
          case "--out":
            o.out = Path.of(value(args, ++i, a));
            break;
          case "--check":
            o.check = true;
            break;
          case "--strict":
            o.strict = true;
            break;
          case "--help":
          case "-h":
            o.help = true;
            break;
          default:
            throw new IllegalArgumentException("unknown argument '" + a + "'");
        }
      }
      if (o.help) {
        return o;
      }
      if (o.modules.isEmpty()) {
        throw new IllegalArgumentException("--module is required");
      }
      if (o.packageName == null) {
        throw new IllegalArgumentException("--package is required");
      }
      if (o.out == null) {
        throw new IllegalArgumentException("--out is required");
      }
      for (Path p : o.pythonPath) {
        if (!java.nio.file.Files.isDirectory(p)) {
          throw new IllegalArgumentException("--python-path " + p + " is not a directory");
        }
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
