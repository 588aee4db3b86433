package dev.polybridge.graal.internal.context;

import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.graal.internal.convert.ConversionContext;
import dev.polybridge.graal.internal.convert.ConversionPath;
import dev.polybridge.graal.internal.convert.Conversions;
import dev.polybridge.graal.internal.convert.ScalarDecoder;
import dev.polybridge.graal.internal.lang.GuestSupport;
import dev.polybridge.spi.InterfaceBinder;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.function.Supplier;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A {@link GuestContext} of one language over a {@link ContextCore}, and the {@link
 * ConversionContext} its conversions run in. The bridge's shared Python and JavaScript contexts are
 * two of these over one core, which is why their handles pass between the languages.
 *
 * <p>Thread-safety: safe for use from any thread; every operation enters the core.
 */
final class GraalContext implements GuestContext, ConversionContext {
  private final ContextCore core;
  private final Language language;
  private final GuestSupport support;
  private final Conversions conversions;
  private final boolean shared;

  GraalContext(ContextCore core, Language language, boolean shared) {
    this.core = core;
    this.language = language;
    this.support = core.support(language);
    this.conversions = core.services().conversions;
    this.shared = shared;
    core.register(this);
  }

  ContextCore core() {
    return core;
  }

  @Override
  public GuestSupport support() {
    return support;
  }

  @Override
  public Language language() {
    return language;
  }

  @Override
  public Handle eval(String code) {
    Objects.requireNonNull(code, "code");
    return core.enter(language, () -> handle(support.eval(code)));
  }

  @Override
  public void exec(String code) {
    Objects.requireNonNull(code, "code");
    core.run(language, () -> support.eval(code));
  }

  @Override
  public Handle importModule(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("module name is empty; pass a name such as \"json\"");
    }
    return core.enter(language, () -> handle(support.importModule(name)));
  }

  @Override
  public Handle global(String name) {
    Objects.requireNonNull(name, "name");
    return core.enter(language, () -> handle(support.global(name)));
  }

  @Override
  public void setGlobal(String name, Object value) {
    Objects.requireNonNull(name, "name");
    core.run(language, () -> support.setGlobal(name, encode(value)));
  }

  @Override
  public Handle toGuest(Object javaValue) {
    return core.enter(language, () -> handle(support.nativeValue(encode(javaValue))));
  }

  @Override
  public boolean isClosed() {
    return core.isClosed();
  }

  /** Closes an isolated context; the shared contexts belong to the bridge and stay open. */
  @Override
  public void close() {
    if (!shared) {
      core.close();
    }
  }

  @Override
  public String toString() {
    return "GuestContext[" + core.name() + (core.isClosed() ? ", closed" : "") + "]";
  }

  // ---- the conversion context: used by handles and codecs, under the lock ----

  @Override
  public Handle handle(Value value) {
    return new GraalHandle(value == null ? support.nullValue() : value, this);
  }

  @Override
  public Object encode(Object javaValue) {
    return conversions.encode(javaValue, this);
  }

  @Override
  public Object decode(Value value, Type type, ConversionPath path) {
    return conversions.decode(value, type, this, path);
  }

  /** The built-in scalar decoder to {@code type}, or null ({@link ResultProfile}). */
  ScalarDecoder scalarDecoder(Type type) {
    return conversions.scalarDecoder(type);
  }

  @Override
  public Object bind(Value value, Class<?> iface) {
    return InterfaceBinder.bind(handle(value), iface);
  }

  @Override
  public boolean allowsHostAccess() {
    return core.options().allowHostAccess();
  }

  @Override
  public <T> T enter(Supplier<T> action) {
    return core.enter(language, action);
  }

  @Override
  public RuntimeException guestError(PolyglotException error) {
    return ErrorMapper.map(error, core, language);
  }

  @Override
  public Value valueOf(Handle handle) {
    if (!(handle instanceof GraalHandle)) {
      throw new IllegalArgumentException(
          "Only handles made by Polybridge can be passed to a guest, got "
              + handle.getClass().getName());
    }
    GraalHandle h = (GraalHandle) handle;
    if (h.context().core != core) {
      throw new IllegalArgumentException(
          "This handle belongs to the "
              + h.context().core.name()
              + " and cannot be used in the "
              + core.name()
              + ": isolated contexts share no objects. Convert it to a Java value with as(...)"
              + " first, or use the bridge's shared python()/js() contexts, whose handles pass"
              + " between languages.");
    }
    return h.value();
  }

  @Override
  public Value valueOf(Value value) {
    if (!value.getContext().equals(core.context())) {
      throw new IllegalArgumentException(
          "This polyglot Value belongs to another GraalVM context than the " + core.name());
    }
    return value;
  }
}
