package dev.polybridge.maven.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Java launcher argument file ({@code java @file}): one argument per line, {@code #} comment
 * lines first. An argument with whitespace, quotes, {@code #} or backslashes is put in double
 * quotes with backslash escapes, as the launcher's argument-file syntax reads them back.
 */
public final class ArgumentFile {
  private ArgumentFile() {}

  /** The file's text: each comment line prefixed with {@code # }, then one argument per line. */
  public static String render(List<String> comments, List<String> arguments) {
    StringBuilder text = new StringBuilder();
    for (String comment : comments) {
      text.append("# ").append(comment).append('\n');
    }
    for (String argument : arguments) {
      text.append(quote(argument)).append('\n');
    }
    return text.toString();
  }

  /** Writes {@link #render} to {@code file}, creating its directory. */
  public static void write(Path file, List<String> comments, List<String> arguments)
      throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, render(comments, arguments), StandardCharsets.UTF_8);
  }

  /** {@code argument} as the launcher must read it: as is, or quoted and escaped. */
  static String quote(String argument) {
    if (!argument.isEmpty() && argument.chars().noneMatch(ArgumentFile::needsQuotes)) {
      return argument;
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : argument.toCharArray()) {
      switch (c) {
        case '\\' -> quoted.append("\\\\");
        case '"' -> quoted.append("\\\"");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        case '\f' -> quoted.append("\\f");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static boolean needsQuotes(int c) {
    return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '#' || c == '\\';
  }
}
