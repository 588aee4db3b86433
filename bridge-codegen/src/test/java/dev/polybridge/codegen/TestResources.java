package dev.polybridge.codegen;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test resources as folders: the copies under target/test-classes. */
final class TestResources {
  private TestResources() {}

  static Path dir(String name) {
    URL url = TestResources.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalStateException("test resource /" + name + " is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
