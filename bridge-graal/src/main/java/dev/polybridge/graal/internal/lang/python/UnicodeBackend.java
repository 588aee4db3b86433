package dev.polybridge.graal.internal.lang.python;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import org.graalvm.polyglot.HostAccess;

/**
 * The Java half of Polybridge's {@code _cpython_unicodedata} shim: the {@code unicodedata}
 * functions GraalPy leaves to its native module ({@code lookup}, {@code combining}, {@code
 * east_asian_width}, {@code numeric}, {@code decimal}, {@code digit}, {@code mirrored}, {@code
 * decomposition}) and the Unicode 3.2.0 database ({@code ucd_3_2_0}) behind the {@code idna} codec.
 * Current data come from ICU4J at GraalPy's Unicode version (16.0); version 3.2 data from {@link
 * Unicode32} and ICU filtered to the code points assigned in 3.2. Each method takes a {@code v32}
 * flag: true answers as {@code ucd_3_2_0} does.
 *
 * <p>Thread-safety: immutable; safe from any thread.
 */
public final class UnicodeBackend {
  /** The code points assigned in Unicode 3.2. */
  private static final UnicodeSet ASSIGNED_3_2 = new UnicodeSet("[:age=3.2:]").freeze();

  private static final String[] EAST_ASIAN_WIDTHS = {"N", "A", "H", "F", "Na", "W"};

  private static final String[] DECOMPOSITION_TAGS = {
    "",
    "",
    "<compat>",
    "<circle>",
    "<final>",
    "<font>",
    "<fraction>",
    "<initial>",
    "<isolated>",
    "<medial>",
    "<narrow>",
    "<noBreak>",
    "<small>",
    "<square>",
    "<sub>",
    "<super>",
    "<vertical>",
    "<wide>"
  };

  UnicodeBackend() {}

  private static boolean unassigned32(int cp) {
    return !ASSIGNED_3_2.contains(cp);
  }

  /** The character's name, or null. */
  @HostAccess.Export
  public String name(int cp, boolean v32) {
    if (v32 && unassigned32(cp)) {
      return null;
    }
    String name = UCharacter.getName(cp);
    return name == null || name.isEmpty() ? null : name;
  }

  /** The code point of a name or name alias, or -1. */
  @HostAccess.Export
  public int lookup(String name, boolean v32) {
    int cp = UCharacter.getCharFromName(name);
    if (cp < 0 && !v32) {
      cp = UCharacter.getCharFromNameAlias(name);
    }
    return cp >= 0 && v32 && unassigned32(cp) ? -1 : cp;
  }

  @HostAccess.Export
  public String category(int cp, boolean v32) {
    if (v32) {
      String v = Unicode32.get().value("category", cp);
      return v == null ? "Cn" : v;
    }
    return CATEGORIES[UCharacter.getType(cp)];
  }

  @HostAccess.Export
  public String bidirectional(int cp, boolean v32) {
    if (v32) {
      String v = Unicode32.get().value("bidirectional", cp);
      return v == null ? "" : v;
    }
    return UCharacter.getType(cp) == UCharacter.UNASSIGNED ? "" : BIDI[UCharacter.getDirection(cp)];
  }

  @HostAccess.Export
  public int combining(int cp, boolean v32) {
    return v32 && unassigned32(cp) ? 0 : UCharacter.getCombiningClass(cp);
  }

  @HostAccess.Export
  public String eastAsianWidth(int cp, boolean v32) {
    if (v32) {
      String v = Unicode32.get().value("east_asian_width", cp);
      return v == null ? "N" : v;
    }
    if (UCharacter.getType(cp) == UCharacter.UNASSIGNED) {
      return "F"; // CPython's answer for a code point without a record
    }
    return EAST_ASIAN_WIDTHS[UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH)];
  }

  @HostAccess.Export
  public int mirrored(int cp, boolean v32) {
    if (v32) {
      String v = Unicode32.get().value("mirrored", cp);
      return v == null ? 0 : Integer.parseInt(v);
    }
    return UCharacter.isMirrored(cp) ? 1 : 0;
  }

  /** The decimal value, or -1. */
  @HostAccess.Export
  public int decimal(int cp, boolean v32) {
    if (v32) {
      String v = Unicode32.get().value("decimal", cp);
      return v == null ? -1 : Integer.parseInt(v);
    }
    return UCharacter.getIntPropertyValue(cp, UProperty.NUMERIC_TYPE)
            == UCharacter.NumericType.DECIMAL
        ? UCharacter.getNumericValue(cp)
        : -1;
  }

  /** The digit value, or -1. */
  @HostAccess.Export
  public int digit(int cp, boolean v32) {
    if (v32) {
      String v = Unicode32.get().value("digit", cp);
      return v == null ? -1 : Integer.parseInt(v);
    }
    int type = UCharacter.getIntPropertyValue(cp, UProperty.NUMERIC_TYPE);
    return type == UCharacter.NumericType.DECIMAL || type == UCharacter.NumericType.DIGIT
        ? UCharacter.getNumericValue(cp)
        : -1;
  }

  /** The numeric value, or NaN. */
  @HostAccess.Export
  public double numeric(int cp, boolean v32) {
    if (v32) {
      String v = Unicode32.get().value("numeric", cp);
      return v == null ? Double.NaN : Double.parseDouble(v);
    }
    double v = UCharacter.getUnicodeNumericValue(cp);
    return v == UCharacter.NO_NUMERIC_VALUE ? Double.NaN : v;
  }

  /** The decomposition mapping as {@code unicodedata.decomposition} spells it, or "". */
  @HostAccess.Export
  public String decomposition(int cp, boolean v32) {
    if (v32 && unassigned32(cp)) {
      return "";
    }
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
      return ""; // Hangul syllables decompose by algorithm; UnicodeData.txt lists no mapping
    }
    String corrected = v32 ? Unicode32.get().correction(cp) : null;
    int type = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
    String raw =
        corrected != null
            ? corrected
            : (type == UCharacter.DecompositionType.CANONICAL
                    ? Normalizer2.getNFCInstance()
                    : Normalizer2.getNFKCInstance())
                .getRawDecomposition(cp);
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(DECOMPOSITION_TAGS[type]);
    raw.codePoints()
        .forEach(
            c -> {
              if (out.length() > 0) {
                out.append(' ');
              }
              out.append(String.format("%04X", c));
            });
    return out.toString();
  }

  @HostAccess.Export
  public String normalize(String form, String text, boolean v32) {
    return normalizer(form, v32).normalize(v32 ? corrected(text) : text);
  }

  @HostAccess.Export
  public boolean isNormalized(String form, String text, boolean v32) {
    return v32
        ? normalize(form, text, true).equals(text)
        : normalizer(form, false).isNormalized(text);
  }

  private static String corrected(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String c = Unicode32.get().correction(cp);
      if (c != null && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        if (c != null) {
          out.append(c);
        } else {
          out.appendCodePoint(cp);
        }
      }
      i += Character.charCount(cp);
    }
    return out == null ? text : out.toString();
  }

  private static Normalizer2 normalizer(String form, boolean v32) {
    Normalizer2 n =
        switch (form) {
          case "NFC" -> Normalizer2.getNFCInstance();
          case "NFD" -> Normalizer2.getNFDInstance();
          case "NFKC" -> Normalizer2.getNFKCInstance();
          case "NFKD" -> Normalizer2.getNFKDInstance();
          default -> throw new IllegalArgumentException("invalid normalization form");
        };
    return v32 ? new FilteredNormalizer2(n, ASSIGNED_3_2) : n;
  }

  /** {@code UCharacter.getType} values as Python names them. */
  private static final String[] CATEGORIES = {
    "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc",
    "Cf", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"
  };

  /** {@code UCharacter.getDirection} values as Python names them. */
  private static final String[] BIDI = {
    "L", "R", "EN", "ES", "ET", "AN", "CS", "B", "S", "WS", "ON", "LRE", "LRO", "AL", "RLE", "RLO",
    "PDF", "NSM", "BN", "FSI", "LRI", "RLI", "PDI"
  };
}
