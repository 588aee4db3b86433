package dev.polybridge.codegen.internal.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a generated Java source into its declaration and its members, so two versions can be
 * compared member by member. It reads the shapes bridge-codegen writes (an interface of abstract
 * and static methods, a record, an enum of constants), with comments, strings and nested brackets
 * skipped; a member's text includes the Javadoc and annotations above it.
 */
final class MemberScanner {
  private static final Pattern IDENT = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");
  private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+\\s*(\\([^)]*\\))?");

  private MemberScanner() {}

  /**
   * A scanned source.
   *
   * @param declaration the type's Javadoc, annotations and declaration, a record's components left
   *     out, whitespace normalised
   * @param members member name to the text of all its declarations (overloads together), in order
   */
  record Scanned(String declaration, Map<String, String> members) {}

  static Scanned scan(String source) {
    String text = withoutPreamble(source);
    String mask = mask(text);
    int open = mask.indexOf('{');
    if (open < 0) {
      return new Scanned(normalise(text), Map.of());
    }
    int close = matching(mask, open, '{', '}');
    String head = text.substring(0, open);
    String headMask = mask.substring(0, open);
    Map<String, String> members = new LinkedHashMap<>();
    Matcher record = Pattern.compile("\\brecord\\s+\\w+\\s*\\(").matcher(headMask);
    if (record.find()) {
      int start = record.end() - 1;
      int end = matching(headMask, start, '(', ')');
      for (String component :
          split(head.substring(start + 1, end), headMask.substring(start + 1, end), ',')) {
        members.merge(
            lastIdentifier(mask(component)), normalise(component), (a, b) -> a + "\n" + b);
      }
      head = head.substring(0, start + 1) + "..." + head.substring(end);
    }
    String body = text.substring(open + 1, close);
    String bodyMask = mask.substring(open + 1, close);
    boolean isEnum = Pattern.compile("\\benum\\s+\\w+\\s*$").matcher(headMask.strip()).find();
    if (isEnum) {
      for (String constant : split(body, bodyMask, ',')) {
        if (!constant.isBlank()) {
          members.merge(
              lastIdentifier(mask(constant)), normalise(constant), (a, b) -> a + "\n" + b);
        }
      }
    } else {
      for (String member : declarations(body, bodyMask)) {
        members.merge(methodName(mask(member)), normalise(member), (a, b) -> a + "\n" + b);
      }
    }
    return new Scanned(normalise(head), members);
  }

  /** Drops the generated-by line, the package and the imports: they follow from the rest. */
  private static String withoutPreamble(String source) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (String line : source.split("\n", -1)) {
      String t = line.strip();
      if (first && t.startsWith("//")) {
        first = false;
        continue;
      }
      first = false;
      if (t.startsWith("package ") || t.startsWith("import ")) {
        continue;
      }
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  /** Declarations at depth 0, each ending at ';' or at the '}' closing its body. */
  private static List<String> declarations(String body, String mask) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < mask.length(); i++) {
      char c = mask.charAt(i);
      if (c == '{' || c == '(') {
        depth++;
      } else if (c == '}' || c == ')') {
        depth--;
        if (depth == 0 && c == '}') {
          out.add(body.substring(start, i + 1));
          start = i + 1;
        }
      } else if (c == ';' && depth == 0) {
        out.add(body.substring(start, i + 1));
        start = i + 1;
      }
    }
    return out;
  }

  /** Pieces of {@code text} between separators at depth 0 of (), {} and <>. */
  private static List<String> split(String text, String mask, char separator) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < mask.length(); i++) {
      char c = mask.charAt(i);
      if (c == '(' || c == '{' || c == '<') {
        depth++;
      } else if (c == ')' || c == '}' || c == '>') {
        depth--;
      } else if ((c == separator || c == ';') && depth == 0) {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  private static String methodName(String mask) {
    String bare = ANNOTATION.matcher(mask).replaceAll(" ");
    int paren = bare.indexOf('(');
    return lastIdentifier(paren < 0 ? bare : bare.substring(0, paren));
  }

  private static String lastIdentifier(String mask) {
    String bare = ANNOTATION.matcher(mask).replaceAll(" ");
    Matcher m = IDENT.matcher(bare);
    String last = "";
    while (m.find()) {
      last = m.group();
    }
    return last;
  }

  private static int matching(String mask, int open, char o, char c) {
    int depth = 0;
    for (int i = open; i < mask.length(); i++) {
      if (mask.charAt(i) == o) {
        depth++;
      } else if (mask.charAt(i) == c && --depth == 0) {
        return i;
      }
    }
    return mask.length();
  }

  /** {@code text} with comments and string and char literals blanked out, same length. */
  static String mask(String text) {
    StringBuilder sb = new StringBuilder(text);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end;
      if (text.startsWith("//", i)) {
        end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
      } else if (text.startsWith("/*", i)) {
        end = text.indexOf("*/", i + 2);
        end = end < 0 ? text.length() : end + 2;
      } else if (c == '"' || c == '\'') {
        end = i + 1;
        while (end < text.length() && text.charAt(end) != c) {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, text.length());
      } else {
        i++;
        continue;
      }
      for (int k = i; k < end; k++) {
        if (sb.charAt(k) != '\n') {
          sb.setCharAt(k, ' ');
        }
      }
      i = end;
    }
    return sb.toString();
  }

  private static String normalise(String s) {
    StringBuilder sb = new StringBuilder();
    for (String line : s.split("\n")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : "\n").append(t);
      }
    }
    return sb.toString();
  }
}
