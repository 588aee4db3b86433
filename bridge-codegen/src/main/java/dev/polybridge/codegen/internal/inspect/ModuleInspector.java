package dev.polybridge.codegen.internal.inspect;

import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.codegen.internal.model.PyModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Describes Python modules by running {@code introspect.py}, after {@code annotations.py}, in a
 * Python context of the bridge. The two are loaded once per inspector as one module object of their
 * own, so they leave nothing in the context's globals.
 *
 * <pre>{@code
 * ModuleInspector inspector = new ModuleInspector(bridge.python());
 * PyModule m = inspector.inspect("shop.inventory");
 * }</pre>
 */
public final class ModuleInspector {
  static final String SCRIPT_NAME = "polybridge-codegen/introspect.py";

  private static final String LOADER =
      "lambda src: (lambda m: (setattr(m, '__file__', '"
          + SCRIPT_NAME
          + "'), exec(compile(src, '"
          + SCRIPT_NAME
          + "', 'exec'), m.__dict__), m)[2])(__import__('types').ModuleType('_polybridge_codegen'))";

  private final Handle script;

  public ModuleInspector(GuestContext python) {
    this.script =
        python.eval(LOADER).call(source("annotations.py") + "\n" + source("introspect.py"));
  }

  /**
   * The description of module {@code name}.
   *
   * @throws ImportFailure when importing it raised
   */
  public PyModule inspect(String name) {
    Map<?, ?> answer = script.invoke("inspect_module", name).as(Map.class);
    Object error = answer.get("import_error");
    if (error != null) {
      Map<?, ?> e = (Map<?, ?>) error;
      throw new ImportFailure(
          name, (String) e.get("type"), (String) e.get("message"), (String) e.get("traceback"));
    }
    return ModelReader.module(answer);
  }

  /** The scripts are one module: annotations.py's functions, then introspect.py's. */
  private static String source(String name) {
    try (InputStream in = ModuleInspector.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from bridge-codegen's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Importing a module raised: its exception type, message and Python traceback. */
  public static final class ImportFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String module;
    private final String type;
    private final String traceback;

    ImportFailure(String module, String type, String message, String traceback) {
      super(type + (message == null || message.isEmpty() ? "" : ": " + message));
      this.module = module;
      this.type = type;
      this.traceback = traceback;
    }

    public String module() {
      return module;
    }

    public String type() {
      return type;
    }

    public String traceback() {
      return traceback;
    }
  }
}
