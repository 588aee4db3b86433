package dev.polybridge.codegen.internal.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one Javadoc comment: docstring text as paragraphs (indented blocks and {@code >>>}
 * examples as {@code <pre>}), extra paragraphs, then {@code @param} and {@code @return} tags. All
 * text is escaped so that no docstring can end the comment, start a tag, or form a Unicode escape.
 */
final class Javadoc {
  private static final int WIDTH = 100;

  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();

  /** The docstring's body lines, as paragraphs and preformatted blocks. */
  Javadoc text(List<String> lines) {
    List<String> block = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        flush(block);
      } else if (i + 1 < lines.size() && lines.get(i + 1).strip().matches("-{3,}|={3,}")) {
        flush(block); // a NumPy or reST section heading over its rule
        paragraphs.add(escape(line.strip()) + ":");
        i++;
      } else {
        block.add(line);
      }
    }
    flush(block);
    return this;
  }

  /** A paragraph of source text already escaped (HTML allowed). */
  Javadoc html(String paragraph) {
    paragraphs.add(paragraph);
    return this;
  }

  Javadoc param(String name, String text) {
    if (text != null && !text.isBlank()) {
      tags.add("@param " + name + " " + escape(text.strip()));
    }
    return this;
  }

  /** A {@code @param} tag whose text is already escaped (HTML allowed). */
  Javadoc paramHtml(String name, String html) {
    tags.add("@param " + name + " " + html);
    return this;
  }

  Javadoc returns(String text) {
    if (text != null && !text.isBlank()) {
      tags.add("@return " + escape(text.strip()));
    }
    return this;
  }

  boolean isEmpty() {
    return paragraphs.isEmpty() && tags.isEmpty();
  }

  /** The comment, each line prefixed by {@code indent}; empty when there is nothing to say. */
  String render(String indent) {
    if (isEmpty()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        out.add("");
      }
      String p = paragraphs.get(i);
      if (p.startsWith("<pre>")) {
        out.addAll(List.of(p.split("\n", -1)));
      } else {
        wrap(i > 0 && !p.startsWith("<pre>") ? "<p>" + p : p, indent, "", out);
      }
    }
    if (!tags.isEmpty()) {
      if (!paragraphs.isEmpty()) {
        out.add("");
      }
      for (String tag : tags) {
        wrap(tag, indent, "    ", out);
      }
    }
    if (out.size() == 1 && (indent.length() + out.get(0).length() + 7) <= WIDTH) {
      return indent + "/** " + out.get(0) + " */\n";
    }
    StringBuilder sb = new StringBuilder(indent).append("/**\n");
    for (String line : out) {
      sb.append(indent).append(line.isEmpty() ? " *" : " * " + line).append('\n');
    }
    return sb.append(indent).append(" */\n").toString();
  }

  private void flush(List<String> block) {
    if (block.isEmpty()) {
      return;
    }
    boolean pre = block.get(0).strip().startsWith(">>>") || indent(block.get(0)) > 0;
    if (pre) {
      int base = Integer.MAX_VALUE;
      for (String l : block) {
        base = Math.min(base, indent(l));
      }
      StringBuilder sb =
          new StringBuilder("<pre>"); // on a line of its own, as javadoc formatters keep it
      for (String l : block) {
        sb.append("\n").append(escape(l.substring(base).stripTrailing()));
      }
      paragraphs.add(sb.append("</pre>").toString());
    } else {
      StringBuilder sb = new StringBuilder();
      for (String l : block) {
        sb.append(sb.length() == 0 ? "" : " ").append(l.strip());
      }
      paragraphs.add(escape(sb.toString()));
    }
    block.clear();
  }

  /**
   * Word-wraps {@code text} as google-java-format does: at spaces, and also right after an opening
   * {@code <code>} tag.
   */
  private static void wrap(String text, String indent, String hang, List<String> out) {
    int room = Math.max(40, WIDTH - indent.length() - 3);
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String[] parts = word.split("(?<=<code>)");
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        boolean attached = i > 0; // follows "<code>" without a space
        int needed = part.length() + (attached ? 0 : 1);
        if (line.length() > hang.length() && line.length() + needed > room) {
          out.add(line.toString());
          line = new StringBuilder(hang);
        } else if (line.length() > hang.length() && !attached) {
          line.append(' ');
        }
        line.append(part);
      }
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
  }

  /**
   * Text safe inside a Javadoc comment: HTML special characters, {@code @} (a tag), the backslash
   * (a Unicode escape is read even in comments) and {@code *}{@code /} escaped as entities.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '@':
          sb.append("&#64;");
          break;
        case '\\':
          sb.append("&#92;");
          break;
        case '{':
          sb.append("&#123;");
          break;
        case '}':
          sb.append("&#125;");
          break;
        case '/':
          sb.append(i > 0 && s.charAt(i - 1) == '*' ? "&#47;" : "/");
          break;
        default:
          if (c >= ' ' || c == '\n') {
            sb.append(c); // other control characters have no place in a comment
          }
      }
    }
    return sb.toString();
  }

  /** Python source text as inline code: {@code <code>f(x: int) -&gt; str</code>}. */
  static String code(String python) {
    return "<code>" + escape(python) + "</code>";
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
