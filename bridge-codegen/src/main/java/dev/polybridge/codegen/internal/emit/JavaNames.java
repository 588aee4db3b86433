package dev.polybridge.codegen.internal.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Python names to Java names: {@code total_price} to {@code totalPrice}, {@code MAX_ITEMS} to
 * {@code maxItems}, module {@code a.b.inventory} to {@code Inventory}. A result that Java reserves
 * (a keyword, or a method of {@code Object} such as {@code toString}) gets a trailing underscore.
 */
final class JavaNames {
  private JavaNames() {}

  /** Methods of {@code Object} a generated member must not look like. */
  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "getClass",
          "hashCode",
          "equals",
          "toString",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize");

  /** {@code total_price} to {@code totalPrice}; {@code MAX_ITEMS} to {@code maxItems}. */
  static String lowerCamel(String python) {
    List<String> words = words(python);
    if (words.isEmpty()) {
      return "_";
    }
    StringBuilder sb = new StringBuilder(leadingLower(words.get(0)));
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return sb.toString();
  }

  /** {@code my_module} to {@code MyModule}; {@code Item} stays {@code Item}. */
  static String upperCamel(String python) {
    List<String> words = words(python);
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return sb.length() == 0 ? "X" : sb.toString();
  }

  /** A member name Java accepts: keywords and {@code Object}'s methods get a trailing '_'. */
  static String member(String python) {
    String name = lowerCamel(python);
    return reserved(name) || OBJECT_METHODS.contains(name) ? name + "_" : name;
  }

  /** A parameter or component name Java accepts. */
  static String variable(String python) {
    String name = lowerCamel(python);
    return reserved(name) || OBJECT_METHODS.contains(name) ? name + "_" : name;
  }

  /** A type name for a Python class name: first letter upper case. */
  static String type(String python) {
    String name =
        python.isEmpty() ? "X" : Character.toUpperCase(python.charAt(0)) + python.substring(1);
    return reserved(name) ? name + "_" : name;
  }

  /** Whether Java 17 reserves {@code name} (a keyword, a literal, or {@code _}). */
  static boolean reserved(String name) {
    return SourceVersion.isKeyword(name, SourceVersion.RELEASE_17);
  }

  /** Whether {@code name} is a Java package name: dot-separated identifiers, no keywords. */
  static boolean isPackageName(String name) {
    return SourceVersion.isName(name, SourceVersion.RELEASE_17);
  }

  /** {@code name} with its first letter upper case. */
  static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static List<String> words(String python) {
    List<String> out = new ArrayList<>();
    for (String part : python.split("_")) {
      if (part.isEmpty()) {
        continue;
      }
      out.add(isUpper(part) ? part.toLowerCase(Locale.ROOT) : part);
    }
    return out;
  }

  /** {@code HTTPServer} to {@code httpServer}, {@code Name} to {@code name}. */
  private static String leadingLower(String word) {
    int upper = 0;
    while (upper < word.length() && Character.isUpperCase(word.charAt(upper))) {
      upper++;
    }
    if (upper == 0) {
      return word;
    }
    int cut = upper > 1 && upper < word.length() ? upper - 1 : upper;
    return word.substring(0, cut).toLowerCase(Locale.ROOT) + word.substring(cut);
  }

  private static boolean isUpper(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }
}
