package dev.polybridge.graal.internal;

import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.spi.InterfaceBinder;
import java.lang.reflect.Type;
import java.util.Objects;
import org.graalvm.polyglot.Value;

/**
 * A {@link GuestContext} of one language over a {@link ContextCore}. The bridge's shared Python and
 * JavaScript contexts are two of these over one core, which is why their handles pass between the
 * languages.
 */
final class GraalContext implements GuestContext {
  private final ContextCore core;
  private final Language language;
  private final GuestSupport support;
  private final boolean shared;

  GraalContext(ContextCore core, Language language, boolean shared) {
    this.core = core;
    this.language = language;
    this.support = core.support(language);
    this.shared = shared;
  }

  ContextCore core() {
    return core;
  }

  GuestSupport support() {
    return support;
  }

  org.graalvm.polyglot.Context context() {
    return core.context();
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
    core.run(
        language, () -> core.context().getBindings(language.id()).putMember(name, encode(value)));
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

  // ---- used by handles and converters, under the lock ----

  Handle handle(Value value) {
    return new GraalHandle(value == null ? support.nullValue() : value, this);
  }

  Object encode(Object javaValue) {
    return core.backend().toGuest().encode(javaValue, this);
  }

  Object decode(Value value, Type type, ConversionPath path) {
    return core.backend().toJava().decode(value, type, this, path);
  }

  Object bind(Value value, Class<?> iface) {
    return InterfaceBinder.bind(handle(value), iface);
  }

  /** The value of a handle passed back in; it must come from this polyglot context. */
  Value valueOf(Handle handle) {
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

  Value valueOf(Value value) {
    if (!value.getContext().equals(core.context())) {
      throw new IllegalArgumentException(
          "This polyglot Value belongs to another GraalVM context than the " + core.name());
    }
    return value;
  }
}
