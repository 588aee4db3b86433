package dev.polybridge.graal.internal.lang.python;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The Unicode 3.2.0 properties ICU does not give for that version (category, bidirectional class,
 * East Asian width, mirrored, decimal, digit, numeric) and the five decompositions corrected since,
 * read once from {@code ucd-3.2.0.txt} (made by {@code src/main/unicode/make-ucd-3.2.0.py}). Each
 * property is a sorted array of ranges, searched by binary search.
 */
final class Unicode32 {
  private static final Unicode32 INSTANCE = load();

  private final Map<String, Ranges> properties;
  private final Map<Integer, String> corrections;

  private Unicode32(Map<String, Ranges> properties, Map<Integer, String> corrections) {
    this.properties = properties;
    this.corrections = corrections;
  }

  static Unicode32 get() {
    return INSTANCE;
  }

  /** The property's value at {@code cp}, or null where the table has none (the default). */
  String value(String property, int cp) {
    return properties.get(property).find(cp);
  }

  /** The Unicode 3.2 decomposition of a code point whose mapping was corrected since, or null. */
  String correction(int cp) {
    return corrections.get(cp);
  }

  private static Unicode32 load() {
    Map<String, RangesBuilder> builders = new HashMap<>();
    Map<Integer, String> corrections = new HashMap<>();
    try (InputStream in = Unicode32.class.getResourceAsStream("ucd-3.2.0.txt");
        BufferedReader r =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      String section = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        if (line.startsWith("[")) {
          section = line.substring(1, line.length() - 1);
          continue;
        }
        String[] f = line.split(" ", 3);
        if ("corrections".equals(section)) {
          StringBuilder s = new StringBuilder();
          for (String hex : line.substring(f[0].length() + 1).split(" ")) {
            s.appendCodePoint(Integer.parseInt(hex, 16));
          }
          corrections.put(Integer.parseInt(f[0], 16), s.toString());
        } else {
          builders
              .computeIfAbsent(section, k -> new RangesBuilder())
              .add(
                  Integer.parseInt(f[0], 16), Integer.parseInt(f[1], 16), f.length > 2 ? f[2] : "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Ranges> properties = new HashMap<>();
    builders.forEach((k, v) -> properties.put(k, v.build()));
    return new Unicode32(properties, corrections);
  }

  private static final class RangesBuilder {
    private int[] firsts = new int[256];
    private int[] lasts = new int[256];
    private String[] values = new String[256];
    private int size;

    void add(int first, int last, String value) {
      if (size == firsts.length) {
        firsts = Arrays.copyOf(firsts, size * 2);
        lasts = Arrays.copyOf(lasts, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      firsts[size] = first;
      lasts[size] = last;
      values[size] = value.intern();
      size++;
    }

    Ranges build() {
      return new Ranges(
          Arrays.copyOf(firsts, size), Arrays.copyOf(lasts, size), Arrays.copyOf(values, size));
    }
  }

  private record Ranges(int[] firsts, int[] lasts, String[] values) {
    String find(int cp) {
      int i = Arrays.binarySearch(firsts, cp);
      if (i < 0) {
        i = -i - 2;
      }
      return i >= 0 && cp <= lasts[i] ? values[i] : null;
    }
  }
}
