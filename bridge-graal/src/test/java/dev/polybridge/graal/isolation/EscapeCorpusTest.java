package dev.polybridge.graal.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.polybridge.Bridge;
import dev.polybridge.BridgeException;
import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every escape attempt under {@code src/test/resources/escapes/python} and {@code .../js} in a
 * fresh sandboxed context ({@code bridge.newContext(language)}), each a named test case. A fixture
 * opens with comment lines saying what it tries and what must happen:
 *
 * <pre>
 * # attempt: read a host file outside the Python path
 * # expect: GuestException PermissionError        (or: BridgeException, or: value &lt;str of result&gt;)
 * # message: [Errno 13] Permission denied: '{SECRET_FILE}'   (optional, exact; also {SENTINEL},
 * #          {PYTHON_STDLIB}, {PYTHON_CORE}, {SUPPORT}: the module folder)
 * # result: outcome                                (optional: an expression read afterwards)
 * # options: allowNativeModules                    (optional: the context allows native modules)
 * </pre>
 *
 * <p>Whatever the outcome, nothing may happen on the host: the file {@code SENTINEL} names is never
 * created, the secret in {@code SECRET_FILE} never comes back, the JVM lives on and the context
 * still works. The guest sees three globals: {@code SENTINEL}, {@code SECRET_FILE} and {@code
 * HOST_ENV} (the names of the JVM's environment variables).
 */
class EscapeCorpusTest {
  static Bridge bridge;
  static Path secretFile;
  static String secret;
  static Path sentinel;
  static Path pythonStdlib;
  static String pythonCore;

  @BeforeAll
  static void setUp() throws IOException {
    bridge = Isolation.newBridge(new ByteArrayOutputStream(), new ByteArrayOutputStream());
    secret = "polybridge-secret-" + UUID.randomUUID();
    // Valid in both languages, so a loader that got through would run it rather than fail.
    secretFile = Files.createTempFile("polybridge-secret", ".js");
    Files.writeString(secretFile, "var secret = '" + secret + "';\n");
    sentinel = secretFile.resolveSibling("polybridge-escape-" + UUID.randomUUID());
    try (GuestContext python = bridge.newContext(Language.PYTHON)) {
      pythonStdlib =
          Path.of(
              python.eval("__import__('os').path.dirname(__import__('os').__file__)").toString());
      pythonCore = python.eval("__graalpython__.core_home").toString();
    }
  }

  @AfterAll
  static void tearDown() throws IOException {
    bridge.close();
    Files.deleteIfExists(secretFile);
  }

  @AfterEach
  void noFileWasCreated() throws IOException {
    Path probe = pythonStdlib.resolve("polybridge_escape_probe.py");
    boolean inHome = Files.exists(probe);
    Files.deleteIfExists(probe);
    assertFalse(inHome, "the guest wrote into the Python home: " + probe);
    boolean created = Files.exists(sentinel);
    if (Files.isDirectory(sentinel)) {
      Files.delete(sentinel);
    } else {
      Files.deleteIfExists(sentinel);
    }
    assertFalse(created, "the guest created " + sentinel);
  }

  /** One fixture file. */
  record Attempt(Language language, String file, Map<String, String> header, String code) {
    String expect() {
      return header.getOrDefault("expect", "");
    }

    ContextOptions options() {
      return "allowNativeModules".equals(header.get("options"))
          ? ContextOptions.builder().allowNativeModules(true).build()
          : ContextOptions.sandboxed();
    }

    @Override
    public String toString() {
      return language.id()
          + "/"
          + file
          + ": "
          + header.get("attempt")
          + (header.containsKey("options") ? " (" + header.get("options") + ")" : "");
    }
  }

  static Stream<Attempt> attempts() {
    List<Attempt> all = new ArrayList<>();
    all.addAll(read(Language.PYTHON, "python", "#"));
    all.addAll(read(Language.JS, "js", "//"));
    return all.stream();
  }

  private static List<Attempt> read(Language language, String folder, String comment) {
    try (Stream<Path> files = Files.list(Isolation.resource(folder))) {
      List<Attempt> out = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        String code = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : code.split("\n")) {
          if (!line.startsWith(comment + " ")) {
            break;
          }
          String entry = line.substring(comment.length() + 1);
          int colon = entry.indexOf(": ");
          header.put(entry.substring(0, colon), entry.substring(colon + 2));
        }
        out.add(new Attempt(language, file.getFileName().toString(), header, code));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theCorpusHoldsAtLeastThirtyAttemptsAcrossBothLanguages() {
    List<Attempt> all = attempts().toList();
    assertTrue(all.size() >= 30, "only " + all.size() + " attempts");
    assertTrue(all.stream().filter(a -> a.language() == Language.PYTHON).count() >= 15);
    assertTrue(all.stream().filter(a -> a.language() == Language.JS).count() >= 15);
    for (Attempt a : all) {
      assertTrue(a.header().containsKey("attempt"), a.file() + " says what it attempts");
      assertTrue(
          a.expect().matches("(GuestException \\w+|BridgeException|value .*)"),
          a.file() + " has an expected outcome, got '" + a.expect() + "'");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void escapeAttemptIsRefusedOrHasNoEffect(Attempt attempt) {
    try (GuestContext context = bridge.newContext(attempt.language(), attempt.options())) {
      context.setGlobal("SENTINEL", sentinel.toString());
      context.setGlobal("SECRET_FILE", secretFile.toString());
      context.setGlobal("HOST_ENV", List.copyOf(System.getenv().keySet()));
      String expect = attempt.expect();
      String message = attempt.header().get("message");
      if (expect.startsWith("value ")) {
        String value = context.eval(attempt.code()).toString();
        String result = attempt.header().get("result");
        if (result != null) {
          value = context.eval(result).toString();
        }
        assertEquals(expect.substring("value ".length()), value);
        assertFalse(value.contains(secret), "the guest read the secret");
      } else {
        BridgeException e = assertThrows(BridgeException.class, () -> context.exec(attempt.code()));
        if (expect.startsWith("GuestException ")) {
          if (!(e instanceof GuestException)) {
            fail("expected a GuestException, got " + e, e);
          }
          GuestException g = (GuestException) e;
          assertEquals(expect.substring("GuestException ".length()), g.guestType(), g.toString());
          if (message != null) {
            assertEquals(placeholders(message), g.guestMessage());
          }
        } else {
          assertSame(BridgeException.class, e.getClass(), e.toString());
          if (message != null) {
            assertEquals(placeholders(message), e.getMessage());
          }
        }
        assertFalse(String.valueOf(e.getMessage()).contains(secret), "the guest read the secret");
      }
      assertEquals(42, context.eval("6 * 7").as(Integer.class), "the context still works");
    }
  }

  private static String placeholders(String text) {
    return text.replace("{SECRET_FILE}", secretFile.toString())
        .replace("{SENTINEL}", sentinel.toString())
        .replace("{PYTHON_STDLIB}", pythonStdlib.toString())
        .replace("{SUPPORT}", Isolation.resource("support").toAbsolutePath().normalize().toString())
        .replace("{PYTHON_CORE}", pythonCore);
  }
}
