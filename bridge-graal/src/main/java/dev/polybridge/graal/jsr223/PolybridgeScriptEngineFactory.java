package dev.polybridge.graal.jsr223;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The JSR-223 ({@code javax.script}) face of Polybridge: a {@link ScriptEngineFactory} whose
 * engines run one guest language in an isolated Polybridge context. {@link
 * javax.script.ScriptEngineManager} finds the two subclasses, {@link PythonScriptEngineFactory} and
 * {@link JsScriptEngineFactory}, through {@code META-INF/services} (or the module's {@code
 * provides} clause).
 *
 * <pre>{@code
 * ScriptEngine py = new ScriptEngineManager().getEngineByName("python");
 * py.put("n", 20);
 * Object answer = py.eval("n * 2 + 2");            // Integer 42
 * }</pre>
 *
 * <p>Each engine from {@link #getScriptEngine()} owns one {@link Bridge} (made on the engine's
 * first use by the factory's bridge supplier, {@link Bridge#create()} by default) and one isolated
 * context of it, made with the factory's {@link ContextOptions} ({@link ContextOptions#sandboxed()}
 * by default) with standard output and error sent to the engine's {@link
 * javax.script.ScriptContext}. To configure the bridge or the sandbox, make the factory yourself:
 *
 * <pre>{@code
 * ScriptEngine py = new PythonScriptEngineFactory(
 *         () -> Bridge.builder().pythonPath(Path.of("scripts")).build(),
 *         ContextOptions.builder().timeout(Duration.ofSeconds(5)).build())
 *     .getScriptEngine();
 * }</pre>
 *
 * <p>{@link #getParameter getParameter("THREADING")} is {@code null}: an engine serializes the
 * calls into its guest, but its bindings are copied in and out around each call, so one engine
 * shared by threads with different {@link javax.script.ScriptContext}s is not safe.
 *
 * <p>Thread-safety: a factory is immutable and may be shared.
 */
public abstract sealed class PolybridgeScriptEngineFactory implements ScriptEngineFactory
    permits PythonScriptEngineFactory, JsScriptEngineFactory {
  private static final String POM_PROPERTIES =
      "/META-INF/maven/dev.polybridge/bridge-graal/pom.properties";
  private static final String VERSION = polybridgeVersion();

  private final Language language;
  private final String engineName;
  private final String languageName;
  private final String languageVersion;
  private final List<String> names;
  private final List<String> extensions;
  private final List<String> mimeTypes;
  private final Supplier<Bridge> bridges;
  private final ContextOptions options;

  PolybridgeScriptEngineFactory(
      Language language,
      String engineName,
      String languageName,
      String languageVersion,
      List<String> names,
      List<String> extensions,
      List<String> mimeTypes,
      Supplier<Bridge> bridges,
      ContextOptions options) {
    this.language = language;
    this.engineName = engineName;
    this.languageName = languageName;
    this.languageVersion = languageVersion;
    this.names = List.copyOf(names);
    this.extensions = List.copyOf(extensions);
    this.mimeTypes = List.copyOf(mimeTypes);
    this.bridges = Objects.requireNonNull(bridges, "bridges");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The guest language of this factory's engines. */
  public Language language() {
    return language;
  }

  /** The options of the context each engine makes (before its output is redirected). */
  public ContextOptions options() {
    return options;
  }

  /** {@code "Polybridge Python"} or {@code "Polybridge JavaScript"}. */
  @Override
  public String getEngineName() {
    return engineName;
  }

  /**
   * Polybridge's version, from the jar's Maven metadata; {@code "development"} when it runs from a
   * build's class folders. Answered without starting a guest.
   */
  @Override
  public String getEngineVersion() {
    return VERSION;
  }

  @Override
  public List<String> getExtensions() {
    return extensions;
  }

  @Override
  public List<String> getMimeTypes() {
    return mimeTypes;
  }

  @Override
  public List<String> getNames() {
    return names;
  }

  @Override
  public String getLanguageName() {
    return languageName;
  }

  @Override
  public String getLanguageVersion() {
    return languageVersion;
  }

  /**
   * The standard keys of {@link ScriptEngine} ({@code ENGINE}, {@code ENGINE_VERSION}, {@code
   * NAME}: the first of {@link #getNames()}, {@code LANGUAGE}, {@code LANGUAGE_VERSION}); {@code
   * null} for {@code "THREADING"} (see the class comment) and any other key.
   */
  @Override
  public Object getParameter(String key) {
    Objects.requireNonNull(key, "key");
    switch (key) {
      case ScriptEngine.ENGINE:
        return getEngineName();
      case ScriptEngine.ENGINE_VERSION:
        return getEngineVersion();
      case ScriptEngine.NAME:
        return names.get(0);
      case ScriptEngine.LANGUAGE:
        return getLanguageName();
      case ScriptEngine.LANGUAGE_VERSION:
        return getLanguageVersion();
      default:
        return null;
    }
  }

  /** {@code obj.m(a, b)}, the method-call syntax of both languages. */
  @Override
  public String getMethodCallSyntax(String obj, String m, String... args) {
    Objects.requireNonNull(obj, "obj");
    Objects.requireNonNull(m, "m");
    return obj + "." + m + "(" + String.join(", ", args) + ")";
  }

  /** A new engine with its own bridge and context, both made on its first use. */
  @Override
  public ScriptEngine getScriptEngine() {
    return new PolybridgeScriptEngine(this, bridges, options);
  }

  /**
   * {@code text} as a double-quoted string literal that reads the same in Python and JavaScript.
   */
  static String literal(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

  private static String polybridgeVersion() {
    String version = PolybridgeScriptEngineFactory.class.getPackage().getImplementationVersion();
    if (version != null) {
      return version;
    }
    try (InputStream in = PolybridgeScriptEngineFactory.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "development");
      }
    } catch (IOException e) {
      // An unreadable jar entry only costs the version string.
    }
    return "development";
  }
}
