package dev.polybridge.examples.wsgi;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a PEP 3333 {@code environ} (the CGI part; the {@code wsgi.*} keys are added in Python).
 *
 * <p>{@link #text} gives it as one string, keys and values separated by NUL, which crosses into
 * Python in one piece and becomes a dict there with one {@code split}; {@link #map} gives it as a
 * map, converted entry by entry, for the rare request with a NUL in a value (a {@code %00} in the
 * path, say), which the text form cannot carry.
 */
final class WsgiEnviron {
  private WsgiEnviron() {}

  /** The environ as NUL-separated keys and values, or null if a key or value contains a NUL. */
  static String text(HttpExchange exchange, int contentLength) {
    StringBuilder out = new StringBuilder(512);
    Sink sink =
        (key, value) -> {
          if (value.indexOf('\0') >= 0 || key.indexOf('\0') >= 0) {
            return false;
          }
          if (out.length() > 0) {
            out.append('\0');
          }
          out.append(key).append('\0').append(value);
          return true;
        };
    return fill(exchange, contentLength, sink) ? out.toString() : null;
  }

  /** The environ as a map, in the order {@link #text} lists it. */
  static Map<String, Object> map(HttpExchange exchange, int contentLength) {
    Map<String, Object> env = new LinkedHashMap<>();
    fill(
        exchange,
        contentLength,
        (key, value) -> {
          env.put(key, value);
          return true;
        });
    return env;
  }

  /** Receives the environ's entries; a later entry replaces an earlier one of the same key. */
  private interface Sink {
    /** Adds an entry; false stops filling. */
    boolean add(String key, String value);
  }

  private static boolean fill(HttpExchange exchange, int contentLength, Sink env) {
    URI uri = exchange.getRequestURI();
    InetSocketAddress local = exchange.getLocalAddress();
    InetSocketAddress remote = exchange.getRemoteAddress();
    String rawPath = uri.getRawPath();
    String rawQuery = uri.getRawQuery();
    boolean ok =
        env.add("REQUEST_METHOD", exchange.getRequestMethod())
            && env.add("SCRIPT_NAME", "")
            && env.add("PATH_INFO", rawPath == null ? "/" : decode(rawPath))
            && env.add("QUERY_STRING", rawQuery == null ? "" : rawQuery)
            && env.add("SERVER_NAME", local.getHostString())
            && env.add("SERVER_PORT", Integer.toString(local.getPort()))
            && env.add("SERVER_PROTOCOL", exchange.getProtocol())
            && env.add("REMOTE_ADDR", remote.getAddress().getHostAddress());
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!ok) {
        return false;
      }
      String name = header.getKey().toUpperCase(Locale.ROOT).replace('-', '_');
      List<String> values = header.getValue();
      String value = values.size() == 1 ? values.get(0) : String.join(",", values);
      if (name.equals("CONTENT_TYPE")) {
        ok = env.add(name, value);
      } else if (!name.equals("CONTENT_LENGTH")) { // set below, from the body actually read
        ok = env.add("HTTP_" + name, value);
      }
    }
    return ok
        && env.add("CONTENT_LENGTH", contentLength == 0 ? "" : Integer.toString(contentLength));
  }

  /** PEP 3333 wants PATH_INFO decoded, as latin-1 "bytes in a str". */
  private static String decode(String rawPath) {
    if (isPlainAscii(rawPath)) {
      return rawPath; // nothing to decode, and ASCII is its own latin-1 form
    }
    byte[] utf8 =
        URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8)
            .getBytes(StandardCharsets.UTF_8);
    return new String(utf8, StandardCharsets.ISO_8859_1);
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' || c >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
