package dev.polybridge.graal.internal.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link UnicodeBackend} against CPython 3.11's {@code unicodedata} ({@code python3} on the
 * machine, run by the test through {@code src/test/resources/cpython/ucd_dump.py}), code point by
 * code point. For {@code ucd_3_2_0} every answer must be CPython's; for today's data the versions
 * differ (CPython 3.11 has Unicode 14.0, GraalPy and ICU4J 76 have 16.0), so the test compares the
 * code points whose answer Unicode did not change in between and checks the changes stay few.
 */
class UnicodeBackendTest {
  private static final String[] PROPERTIES = {
    "category",
    "bidirectional",
    "east_asian_width",
    "mirrored",
    "combining",
    "decomposition",
    "decimal",
    "digit",
    "numeric",
    "name",
    "NFC",
    "NFD",
    "NFKC",
    "NFKD"
  };

  private final UnicodeBackend backend = new UnicodeBackend();

  @Test
  void ucd320AnswersAsCPythonDoesForEveryCodePoint() throws Exception {
    Map<String, List<String>> mismatches = compare("3.2", true);
    for (Map.Entry<String, List<String>> e : mismatches.entrySet()) {
      assertEquals(
          List.of(), head(e.getValue()), "ucd_3_2_0." + e.getKey() + " differs from CPython's");
    }
  }

  @Test
  void currentDataDifferOnlyWhereUnicode16ChangedWhatCPythonsUnicode14Says() throws Exception {
    Map<String, List<String>> mismatches = compare("current", false);
    // Unicode 15 and 16 changed a few properties of characters 14.0 already had: East Asian widths
    // of some symbols, and names did not change at all (Unicode keeps them stable).
    // CPython 3.11 names no Tangut, Khitan or Nushu ideograph (their names are made by rule).
    List<String> names =
        mismatches.get("name").stream()
            .filter(
                m ->
                    !m.matches(
                        ".*CPython '', ours '(TANGUT IDEOGRAPH|KHITAN SMALL SCRIPT CHARACTER"
                            + "|NUSHU CHARACTER)-[0-9A-F]+'"))
            .toList();
    assertEquals(List.of(), head(names), "names are stable across Unicode versions");
    assertEquals(List.of(), head(mismatches.get("decomposition")), "decompositions are stable");
    assertEquals(List.of(), head(mismatches.get("NFC")), "normalization is stable");
    assertEquals(List.of(), head(mismatches.get("NFKD")), "normalization is stable");
    mismatches.remove("name");
    // Unicode 15.1 and 16.0 made 188 symbols (trigrams, digrams, ...) East Asian wide.
    for (Map.Entry<String, List<String>> e : mismatches.entrySet()) {
      int bound = e.getKey().equals("east_asian_width") ? 188 : 20;
      assertTrue(
          e.getValue().size() <= bound,
          e.getKey() + ": " + e.getValue().size() + " differences, e.g. " + head(e.getValue()));
    }
  }

  private static List<String> head(List<String> all) {
    return all.subList(0, Math.min(10, all.size()));
  }

  private Map<String, List<String>> compare(String version, boolean v32) throws Exception {
    Map<String, List<String>> mismatches = new LinkedHashMap<>();
    for (String p : PROPERTIES) {
      mismatches.put(p, new ArrayList<>());
    }
    Process python =
        new ProcessBuilder("python3", script().toString(), version)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int lines = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cpython = line.split("\t", -1);
        int cp = Integer.parseInt(cpython[0], 16);
        String[] ours = answers(cp, v32);
        for (int i = 0; i < PROPERTIES.length; i++) {
          if (!cpython[i + 1].equals(ours[i])) {
            mismatches
                .get(PROPERTIES[i])
                .add(cpython[0] + ": CPython '" + cpython[i + 1] + "', ours '" + ours[i] + "'");
          }
        }
        lines++;
      }
    }
    assertEquals(0, python.waitFor(), "python3 ucd_dump.py " + version);
    assertTrue(lines > 30_000, "python3 printed " + lines + " code points");
    return mismatches;
  }

  private String[] answers(int cp, boolean v32) {
    String s = new String(Character.toChars(cp));
    int decimal = backend.decimal(cp, v32);
    int digit = backend.digit(cp, v32);
    double numeric = backend.numeric(cp, v32);
    String name = backend.name(cp, v32);
    return new String[] {
      backend.category(cp, v32),
      backend.bidirectional(cp, v32),
      backend.eastAsianWidth(cp, v32),
      Integer.toString(backend.mirrored(cp, v32)),
      Integer.toString(backend.combining(cp, v32)),
      backend.decomposition(cp, v32),
      decimal < 0 ? "" : Integer.toString(decimal),
      digit < 0 ? "" : Integer.toString(digit),
      Double.isNaN(numeric) ? "" : pythonRepr(numeric),
      name == null ? "" : name,
      hexes(backend.normalize("NFC", s, v32)),
      hexes(backend.normalize("NFD", s, v32)),
      hexes(backend.normalize("NFKC", s, v32)),
      hexes(backend.normalize("NFKD", s, v32))
    };
  }

  /** Python's repr of a float: integral values end in ".0". */
  private static String pythonRepr(double d) {
    String s = Double.toString(d);
    if (s.contains("E")) {
      s = new java.math.BigDecimal(d).stripTrailingZeros().toPlainString();
      return s.contains(".") ? s : s + ".0";
    }
    return s;
  }

  private static String hexes(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (out.length() > 0) {
                out.append('.');
              }
              out.append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT));
            });
    return out.toString();
  }

  private static Path script() throws URISyntaxException, IOException {
    return Path.of(UnicodeBackendTest.class.getResource("/cpython/ucd_dump.py").toURI());
  }
}
