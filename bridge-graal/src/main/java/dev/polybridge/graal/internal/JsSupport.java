package dev.polybridge.graal.internal;

import dev.polybridge.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** JavaScript semantics of the handle operations, on GraalJS. */
final class JsSupport extends GuestSupport {
  private static final String HELPERS = resource("helpers.js");

  private Value undefined;

  JsSupport(ContextCore core) {
    super(core, Language.JS);
  }

  @Override
  Value loadHelpers() {
    Value h = core.context().eval(source(HELPERS, HELPER_SOURCE_NAME));
    undefined = h.getMember("undefined");
    JsEventLoop loop =
        new JsEventLoop(
            core,
            core.backend().timers(),
            core.options().stderr().orElse(core.backend().config().stderr()));
    loop.install(core.context().getBindings("js"));
    core.onClose(loop::close);
    return h;
  }

  @Override
  void release() {
    super.release();
    undefined = null;
  }

  @Override
  Value eval(String code) {
    helpers(); // installs the timers and queueMicrotask before user code runs
    return core.context().eval(source(code, "<eval>"));
  }

  @Override
  Value importModule(String name) {
    helpers();
    if (name.endsWith(".mjs")) {
      return importEsModule(name);
    }
    Value require = core.context().getBindings("js").getMember("require");
    if (require == null || !require.canExecute()) {
      return helper("moduleNotFound").execute(name, "no jsModulePath is configured");
    }
    return require.execute(resolveAcrossModulePath(name));
  }

  /**
   * CommonJS resolves from the first module folder (its working directory). A relative file or a
   * package found only in a later folder is required by its absolute path instead, so every folder
   * of {@code jsModulePath} is searched, in order.
   */
  private String resolveAcrossModulePath(String name) {
    List<Path> dirs = core.backend().config().jsModulePath();
    boolean relative = name.startsWith("./") || name.startsWith("../");
    for (int i = 0; i < dirs.size(); i++) {
      Path dir = dirs.get(i);
      Path candidate =
          relative ? dir.resolve(name).normalize() : dir.resolve("node_modules").resolve(name);
      if (Files.exists(candidate) || (relative && Files.exists(Path.of(candidate + ".js")))) {
        return i == 0 ? name : candidate.toString();
      }
    }
    return name;
  }

  /** Evaluates an ES module file found on the module path; returns its namespace. */
  private Value importEsModule(String name) {
    for (Path dir : core.backend().config().jsModulePath()) {
      Path file = dir.resolve(name).normalize();
      if (file.startsWith(dir) && Files.isRegularFile(file)) {
        try {
          Source module =
              Source.newBuilder("js", file.toFile())
                  .mimeType("application/javascript+module")
                  .build();
          return core.context().eval(module);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read ES module " + file, e);
        }
      }
    }
    return helper("moduleNotFound")
        .execute(name, "searched " + core.backend().config().jsModulePath());
  }

  @Override
  Value global(String name) {
    helpers();
    Value v = core.context().getBindings("js").getMember(name);
    return v == null ? nullValue() : v;
  }

  @Override
  Value getAttr(Value target, String name) {
    // Through JS itself, not Value.getMember: a JS Proxy's traps break the interop invariants
    // that getMember checks, and obj[name] is exactly what JavaScript means.
    return helper("get").execute(target, name);
  }

  @Override
  void setAttr(Value target, String name, Object value) {
    helper("set").execute(target, name, value);
  }

  @Override
  boolean hasAttr(Value target, String name) {
    return helper("has").execute(target, name).asBoolean();
  }

  @Override
  Value callKw(Value target, Object kwargs, Object[] args) {
    throw noKeywords();
  }

  @Override
  Value invokeKw(Value target, String method, Object kwargs, Object[] args) {
    throw noKeywords();
  }

  private static UnsupportedOperationException noKeywords() {
    return new UnsupportedOperationException(
        "JavaScript functions take no keyword arguments; pass the values positionally with"
            + " call/invoke, or as one object argument (a Java Map becomes a JS object)");
  }

  @Override
  Value getItem(Value target, Object key) {
    return helper("get").execute(target, key);
  }

  @Override
  void setItem(Value target, Object key, Object value) {
    helper("set").execute(target, key, value);
  }

  @Override
  long size(Value target) {
    if (target.hasArrayElements()) {
      return target.getArraySize();
    }
    return helper("size").execute(target).asLong();
  }

  @Override
  String str(Value value) {
    if (value.isString()) {
      return value.asString();
    }
    return helper("string").execute(value).asString();
  }

  @Override
  boolean isFloat(Value number) {
    return false;
  }

  @Override
  boolean isList(Value value) {
    return value.hasArrayElements() && "Array".equals(typeName(value));
  }

  @Override
  boolean isDict(Value value) {
    return value.hasHashEntries() || helper("isPlainObject").execute(value).asBoolean();
  }

  @Override
  Value newList(int size) {
    return helper("newArray").execute(size);
  }

  @Override
  Value newDict() {
    return helper("newObject").execute();
  }

  @Override
  void putEntry(Value dict, Object key, Object value) {
    dict.putMember(String.valueOf(key), value);
  }

  @Override
  Value bytes(byte[] bytes) {
    return helper("bytesFromLatin1").execute(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  @Override
  Value bigInteger(String decimal) {
    return helper("bigInt").execute(decimal);
  }

  @Override
  Value nullValue() {
    helpers();
    return undefined;
  }

  @Override
  Object javaNull() {
    return null;
  }

  @Override
  ErrorInfo errorInfo(Value exception) {
    Value info = helper("errorInfo").execute(exception);
    return new ErrorInfo(
        info.getArrayElement(0).asString(), info.getArrayElement(1).asString(), List.of(), -1, -1);
  }
}
