package dev.polybridge.graal.binding;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Where the binding fixtures live, and how each language imports them. */
final class BindingFixtures {
  private BindingFixtures() {}

  /** {@code src/test/resources/fixtures/binding}, holding a {@code .py} and a {@code .js}. */
  static Path dir() {
    URL url = BindingFixtures.class.getResource("/fixtures/binding");
    if (url == null) {
      throw new IllegalStateException("test resource /fixtures/binding is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A builder for a bridge that can import the binding fixtures in both languages. */
  static Bridge.Builder bridgeBuilder() {
    return Bridge.builder().pythonPath(dir()).jsModulePath(dir());
  }

  /** The bridge's shared context of {@code language}. */
  static GuestContext shared(Bridge bridge, Language language) {
    return language == Language.PYTHON ? bridge.python() : bridge.js();
  }

  /** The binding fixture module of {@code language}, from the bridge's shared context. */
  static Handle module(Bridge bridge, Language language) {
    return shared(bridge, language)
        .importModule(language == Language.PYTHON ? "binding_fixture" : "./binding_fixture.js");
  }
}
