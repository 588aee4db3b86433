package dev.polybridge.graal.contract;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Where the guest fixtures live, and a bridge that can import them. */
final class Fixtures {
  private Fixtures() {}

  /** A directory under {@code src/test/resources/fixtures}, such as {@code "python"}. */
  static Path dir(String name) {
    URL url = Fixtures.class.getResource("/fixtures/" + name);
    if (url == null) {
      throw new IllegalStateException("test resource /fixtures/" + name + " is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A bridge whose Python path and JS module path are the fixture directories. */
  static Bridge newBridge(OutputStream stdout) {
    return Bridge.builder()
        .pythonPath(dir("python"))
        .jsModulePath(dir("js"))
        .stdout(stdout)
        .build();
  }

  /** The bridge's shared context of {@code language}. */
  static GuestContext shared(Bridge bridge, Language language) {
    switch (language) {
      case PYTHON:
        return bridge.python();
      case JS:
        return bridge.js();
      default:
        throw new IllegalArgumentException(language.toString());
    }
  }

  /** The name under which {@code importModule} finds the contract fixture. */
  static String contractModule(Language language) {
    return language == Language.PYTHON ? "contract_fixture" : "./contract_fixture.js";
  }
}
