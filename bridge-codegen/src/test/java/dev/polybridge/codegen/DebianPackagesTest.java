package dev.polybridge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ten real pure-Python Debian packages (installed by {@code .ci/run} with apt-get into {@code
 * /usr/lib/python3/dist-packages}): the generator describes each without failing, the bindings it
 * writes compile with {@code -Xlint:all -Werror}, and some of them are called. The warnings per
 * package are pinned (Debian 12's versions) and written to {@code
 * target/debian-corpus-warnings.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebianPackagesTest {
  static final Path DIST_PACKAGES = Path.of("/usr/lib/python3/dist-packages");

  /**
   * A Debian package: the path that shows it is installed, the modules described, and how many
   * warnings the generator gives for them.
   */
  record Package(String debian, String marker, List<String> modules, int warnings) {
    String javaPackage() {
      return "debian." + marker.replace(".py", "");
    }

    @Override
    public String toString() {
      return debian;
    }
  }

  static final List<Package> PACKAGES =
      List.of(
          new Package("python3-markdown", "markdown", List.of("markdown"), 4),
          new Package("python3-tabulate", "tabulate.py", List.of("tabulate"), 0),
          new Package("python3-attr", "attr", List.of("attr"), 4),
          new Package(
              "python3-dateutil",
              "dateutil",
              List.of("dateutil.parser", "dateutil.relativedelta", "dateutil.tz"),
              4),
          new Package("python3-six", "six.py", List.of("six"), 9),
          new Package("python3-idna", "idna", List.of("idna"), 0),
          new Package(
              "python3-packaging",
              "packaging",
              List.of("packaging.version", "packaging.specifiers", "packaging.requirements"),
              1),
          new Package("python3-jinja2", "jinja2", List.of("jinja2"), 50),
          new Package("python3-markupsafe", "markupsafe", List.of("markupsafe"), 3),
          new Package("python3-yaml", "yaml", List.of("yaml"), 4));

  private final Map<String, List<String>> warnings = new TreeMap<>();
  private final Map<String, ClassLoader> compiled = new TreeMap<>();
  private Bridge bridge;

  @BeforeAll
  void startBridge() {
    bridge = Bridge.builder().pythonPath(DIST_PACKAGES).build();
  }

  @AfterAll
  void closeBridgeAndWriteTheReport() throws IOException {
    bridge.close();
    StringBuilder report = new StringBuilder("package\twarnings\n");
    warnings.forEach((p, w) -> report.append(p).append('\t').append(w.size()).append('\n'));
    warnings.forEach(
        (p, w) -> w.forEach(line -> report.append(p).append(": ").append(line).append('\n')));
    Files.writeString(
        Path.of("target", "debian-corpus-warnings.txt"), report, StandardCharsets.UTF_8);
  }

  static List<Package> packages() {
    return PACKAGES;
  }

  @ParameterizedTest(name = "{0}: its bindings compile with -Xlint:all -Werror")
  @MethodSource("packages")
  void bindingsOfARealPackageCompileWithoutAnyWarning(Package p) {
    assumeInstalled(p);
    GenerationResult r =
        Generator.render(
            GenerationRequest.builder()
                .modules(p.modules())
                .pythonPath(DIST_PACKAGES)
                .packageName(p.javaPackage())
                .build(),
            bridge);
    warnings.put(p.debian(), r.warnings());
    Map<String, String> sources = new TreeMap<>();
    r.files().forEach(f -> sources.put(f.typeName(), f.content()));

    InMemoryCompiler.Compilation compilation = InMemoryCompiler.compile(sources);

    assertEquals(List.of(), compilation.diagnostics());
    compiled.put(p.debian(), compilation.loader());
    assertEquals(
        p.warnings(), r.warnings().size(), "warnings:\n" + String.join("\n", r.warnings()));
  }

  @Test
  void generatedMarkdownBindingRendersMarkdown() throws Exception {
    Object markdown = module("python3-markdown", "MarkdownModule");
    Method render = markdown.getClass().getMethod("markdown", Object.class);

    assertEquals("<h1>Hi</h1>\n<p><em>there</em></p>", render.invoke(markdown, "# Hi\n\n*there*"));
  }

  @Test
  void generatedTabulateBindingFormatsATable() throws Exception {
    Object tabulate = module("python3-tabulate", "Tabulate");
    Method table = tabulate.getClass().getMethod("tabulate", Object.class, Object.class);

    assertEquals(
        "  a    b\n---  ---\n  1    2",
        table.invoke(tabulate, List.of(List.of(1, 2)), List.of("a", "b")));
  }

  @Test
  void generatedPackagingBindingParsesAVersionIntoTheVersionInterface() throws Exception {
    Object version = module("python3-packaging", "VersionModule");
    Object v =
        version.getClass().getMethod("newVersion", String.class).invoke(version, "1.22.3rc1");
    Class<?> versionType = v.getClass().getInterfaces()[0];

    assertEquals("debian.packaging.Version", versionType.getName());
    assertEquals(1L, versionType.getMethod("getMajor").invoke(v));
    assertEquals(22L, versionType.getMethod("getMinor").invoke(v));
    assertEquals(true, versionType.getMethod("isPrerelease").invoke(v));
  }

  /** The generated module interface {@code type} of package {@code debian}, bound. */
  private Object module(String debian, String type) throws Exception {
    Package p = PACKAGES.stream().filter(x -> x.debian().equals(debian)).findFirst().orElseThrow();
    assumeInstalled(p);
    if (!compiled.containsKey(debian)) {
      bindingsOfARealPackageCompileWithoutAnyWarning(p);
    }
    Class<?> iface = compiled.get(debian).loadClass(p.javaPackage() + "." + type);
    return iface.getMethod("load", GuestContext.class).invoke(null, bridge.python());
  }

  private static void assumeInstalled(Package p) {
    assumeTrue(
        Files.exists(DIST_PACKAGES.resolve(p.marker())),
        p.debian()
            + " is not installed ("
            + DIST_PACKAGES.resolve(p.marker())
            + " is missing): .ci/run installs it with apt-get; run apt-get install "
            + p.debian());
  }

  static Stream<String> names() {
    return PACKAGES.stream().map(Package::debian);
  }
}
