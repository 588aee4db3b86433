package dev.polybridge.spi;

/**
 * Java-to-guest name forms shared by the interface binder and backends.
 *
 * <pre>{@code
 * Names.snakeCase("firstName");  // "first_name"
 * }</pre>
 */
public final class Names {
  private Names() {}

  /** {@code firstName} to {@code first_name}; {@code parseURL} to {@code parse_url}. */
  public static String snakeCase(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char ch = camel.charAt(i);
      if (Character.isUpperCase(ch)) {
        boolean prevLower = i > 0 && !Character.isUpperCase(camel.charAt(i - 1));
        boolean nextLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
        if (i > 0 && (prevLower || nextLower) && camel.charAt(i - 1) != '_') {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
