package dev.polybridge.graal.reach.fatjar.nested;

import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;

/**
 * The {@code nested:} protocol, as Spring Boot 3.2 registers it ({@code
 * java.protocol.handler.pkgs}): {@link java.net.JarURLConnection} makes a {@code nested:} URL of a
 * {@code jar:nested:...!/} URL's jar part. Never opened by the test.
 */
public final class Handler extends URLStreamHandler {
  @Override
  protected URLConnection openConnection(URL url) throws IOException {
    throw new IOException("open " + url + " through its jar: URL");
  }
}
