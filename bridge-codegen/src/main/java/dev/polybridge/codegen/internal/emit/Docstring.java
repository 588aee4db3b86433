package dev.polybridge.codegen.internal.emit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A docstring split into its text and its parameter and return sections, read in the three common
 * styles: Google ({@code Args:} with {@code name (type): text}), NumPy ({@code Parameters} over a
 * line of dashes, {@code name : type}) and reST ({@code :param name: text}, {@code :returns:}).
 *
 * @param body the lines that are not parameter or return sections
 * @param params parameter name (without {@code *}) to its description, in order
 * @param returns the description of the result, or null
 */
record Docstring(List<String> body, Map<String, String> params, String returns) {
  private static final Pattern GOOGLE_PARAMS =
      Pattern.compile(
          "(?:Args|Arguments|Parameters|Params|Keyword Args|Keyword Arguments|Other Parameters"
              + "|Attributes):\\s*");
  private static final Pattern GOOGLE_RETURNS = Pattern.compile("(?:Returns|Return|Yields):\\s*");
  private static final Pattern GOOGLE_ENTRY =
      Pattern.compile("\\*{0,2}(\\w+)\\s*(?:\\([^)]*\\))?\\s*:\\s*(.*)");
  private static final Pattern NUMPY_RULE = Pattern.compile("-{3,}\\s*");
  private static final Pattern NUMPY_ENTRY = Pattern.compile("\\*{0,2}(\\w+)\\s*(?::.*)?");
  private static final Pattern REST_PARAM =
      Pattern.compile(
          ":(?:param|parameter|arg|argument|key|keyword)\\s+(?:[^:]*\\s)?\\*{0,2}(\\w+)\\s*:\\s*(.*)");
  private static final Pattern REST_RETURNS = Pattern.compile(":returns?:\\s*(.*)");
  private static final Pattern REST_DROPPED = Pattern.compile(":(?:type\\s+\\w+|rtype):.*");

  static Docstring parse(String doc) {
    if (doc == null) {
      return new Docstring(List.of(), Map.of(), null);
    }
    List<String> lines = List.of(doc.replace("\t", "    ").split("\n", -1));
    List<String> body = new ArrayList<>();
    Map<String, String> params = new LinkedHashMap<>();
    String returns = null;
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      String t = line.strip();
      int indent = indent(line);
      if (GOOGLE_PARAMS.matcher(t).matches()) {
        i = googleParams(lines, i + 1, indent, params);
        continue;
      }
      if (GOOGLE_RETURNS.matcher(t).matches()) {
        List<String> text = new ArrayList<>();
        i = indentedBlock(lines, i + 1, indent, text);
        returns = join(text);
        continue;
      }
      if (i + 1 < lines.size() && NUMPY_RULE.matcher(lines.get(i + 1).strip()).matches()) {
        if (t.equals("Parameters") || t.equals("Other Parameters") || t.equals("Attributes")) {
          i = numpyParams(lines, i + 2, indent, params);
          continue;
        }
        if (t.equals("Returns") || t.equals("Yields")) {
          Map<String, String> entries = new LinkedHashMap<>();
          List<String> types = new ArrayList<>();
          i = numpySection(lines, i + 2, indent, entries, types);
          String text = entries.values().stream().filter(s -> !s.isEmpty()).findFirst().orElse("");
          returns = text.isEmpty() && !types.isEmpty() ? types.get(0) : text;
          continue;
        }
      }
      Matcher rest = REST_PARAM.matcher(t);
      if (rest.matches()) {
        List<String> text = new ArrayList<>(List.of(rest.group(2)));
        i = indentedBlock(lines, i + 1, indent, text);
        params.put(rest.group(1), join(text));
        continue;
      }
      Matcher ret = REST_RETURNS.matcher(t);
      if (ret.matches()) {
        List<String> text = new ArrayList<>(List.of(ret.group(1)));
        i = indentedBlock(lines, i + 1, indent, text);
        returns = join(text);
        continue;
      }
      if (REST_DROPPED.matcher(t).matches()) {
        i = indentedBlock(lines, i + 1, indent, new ArrayList<>());
        continue;
      }
      body.add(line);
      i++;
    }
    while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
      body.remove(body.size() - 1);
    }
    return new Docstring(List.copyOf(body), java.util.Collections.unmodifiableMap(params), returns);
  }

  private static int googleParams(
      List<String> lines, int i, int sectionIndent, Map<String, String> params) {
    String name = null;
    List<String> text = new ArrayList<>();
    int entryIndent = -1;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
        continue;
      }
      int indent = indent(line);
      if (indent <= sectionIndent) {
        break;
      }
      Matcher m = GOOGLE_ENTRY.matcher(line.strip());
      if ((entryIndent < 0 || indent <= entryIndent) && m.matches()) {
        if (name != null) {
          params.put(name, join(text));
        }
        entryIndent = indent;
        name = m.group(1);
        text = new ArrayList<>(List.of(m.group(2)));
      } else {
        text.add(line.strip());
      }
      i++;
    }
    if (name != null) {
      params.put(name, join(text));
    }
    return i;
  }

  private static int numpyParams(
      List<String> lines, int i, int sectionIndent, Map<String, String> params) {
    return numpySection(lines, i, sectionIndent, params, new ArrayList<>());
  }

  /** Entries {@code name : type} at the section's indent, their text indented below. */
  private static int numpySection(
      List<String> lines,
      int i,
      int sectionIndent,
      Map<String, String> entries,
      List<String> types) {
    String name = null;
    List<String> text = new ArrayList<>();
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        if (i + 1 < lines.size() && isNumpyHeader(lines, i + 1)) {
          break;
        }
        i++;
        continue;
      }
      int indent = indent(line);
      if (indent < sectionIndent || isNumpyHeader(lines, i)) {
        break;
      }
      if (indent == sectionIndent) {
        if (name != null) {
          entries.put(name, join(text));
        }
        String t = line.strip();
        Matcher m = NUMPY_ENTRY.matcher(t);
        name = m.matches() && t.contains(":") ? m.group(1) : t;
        types.add(t.contains(":") ? t.substring(t.indexOf(':') + 1).strip() : t);
        text = new ArrayList<>();
      } else {
        text.add(line.strip());
      }
      i++;
    }
    if (name != null) {
      entries.put(name, join(text));
    }
    return i;
  }

  private static boolean isNumpyHeader(List<String> lines, int i) {
    return i + 1 < lines.size()
        && !lines.get(i).isBlank()
        && NUMPY_RULE.matcher(lines.get(i + 1).strip()).matches();
  }

  /** Lines indented deeper than {@code indent} (blank lines inside included), into {@code out}. */
  private static int indentedBlock(List<String> lines, int i, int indent, List<String> out) {
    while (i < lines.size()) {
      String line = lines.get(i);
      if (!line.isBlank() && indent(line) <= indent) {
        break;
      }
      if (line.isBlank()
          && (i + 1 >= lines.size()
              || lines.get(i + 1).isBlank()
              || indent(lines.get(i + 1)) <= indent)) {
        break;
      }
      out.add(line.strip());
      i++;
    }
    return i;
  }

  private static String join(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p.isBlank()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p.strip());
    }
    return sb.toString();
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
