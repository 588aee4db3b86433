package dev.polybridge.examples.wsgi;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a PEP 3333 {@code environ} (the CGI part; the {@code wsgi.*} keys are added in Python).
 */
final class WsgiEnviron {
  private WsgiEnviron() {}

  static Map<String, Object> of(HttpExchange exchange, int contentLength) {
    URI uri = exchange.getRequestURI();
    InetSocketAddress local = exchange.getLocalAddress();
    InetSocketAddress remote = exchange.getRemoteAddress();
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("REQUEST_METHOD", exchange.getRequestMethod());
    env.put("SCRIPT_NAME", "");
    env.put("PATH_INFO", uri.getRawPath() == null ? "/" : decode(uri.getRawPath()));
    env.put("QUERY_STRING", uri.getRawQuery() == null ? "" : uri.getRawQuery());
    env.put("SERVER_NAME", local.getHostString());
    env.put("SERVER_PORT", Integer.toString(local.getPort()));
    env.put("SERVER_PROTOCOL", exchange.getProtocol());
    env.put("REMOTE_ADDR", remote.getAddress().getHostAddress());
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      String name = header.getKey().toUpperCase(Locale.ROOT).replace('-', '_');
      String value = String.join(",", header.getValue());
      if (name.equals("CONTENT_TYPE") || name.equals("CONTENT_LENGTH")) {
        env.put(name, value);
      } else {
        env.put("HTTP_" + name, value);
      }
    }
    env.put("CONTENT_LENGTH", contentLength == 0 ? "" : Integer.toString(contentLength));
    return env;
  }

  /** PEP 3333 wants PATH_INFO decoded, as latin-1 "bytes in a str". */
  private static String decode(String rawPath) {
    byte[] utf8 =
        java.net.URLDecoder.decode(
                rawPath.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new String(utf8, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
