package dev.polybridge.graal.internal.context;

import static dev.polybridge.graal.internal.convert.ConversionPath.ROOT;

import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.TypeRef;
import dev.polybridge.graal.internal.convert.ScalarDecoder;
import dev.polybridge.graal.internal.lang.GuestSupport;
import dev.polybridge.spi.ConvertingHandle;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A {@link Handle} on a polyglot {@link Value}. Every operation enters the context through {@link
 * ContextCore#enter}, which serializes threads and maps errors; the language's meaning of each
 * operation comes from its {@link GuestSupport}. The {@link ConvertingHandle} methods, which bound
 * proxies call, do an operation and convert its result in one entry, without an intermediate
 * handle. A result handle of {@code call}, {@code invoke}, {@code get} and the like may come
 * already converted to the scalar type its predecessors went to ({@link ResultProfile}), so the
 * common {@code f.call(x).as(int.class)} enters the context once too.
 */
final class GraalHandle implements ConvertingHandle {
  private static final Object[] NO_ARGS = new Object[0];

  /** The hot operations, done by {@link #perform} in one entry without a lambda. */
  private enum Op {
    GET,
    CALL,
    INVOKE,
    SELF
  }

  private final Value value;
  private final GraalContext context;

  /** What this handle's results were converted to; made with the first result. */
  private ResultProfile results;

  /** When this handle's calls check an integer result inside the call; made on first need. */
  private InCallCheck inCallCheck;

  /** For a result: the profile of the handle that made it, else null. */
  private final ResultProfile from;

  /** For a result converted ahead ({@link ResultProfile}): the type it was converted to. */
  private final Type convertedType;

  private final Object converted;

  GraalHandle(Value value, GraalContext context) {
    this(value, context, null, null, null);
  }

  private GraalHandle(
      Value value, GraalContext context, ResultProfile from, Type convertedType, Object converted) {
    this.value = value;
    this.context = context;
    this.from = from;
    this.convertedType = convertedType;
    this.converted = converted;
  }

  Value value() {
    return value;
  }

  /** Whether this result was converted ahead, in its operation's entry (for tests). */
  boolean convertedAhead() {
    return convertedType != null;
  }

  GraalContext context() {
    return context;
  }

  private GuestSupport support() {
    return context.support();
  }

  private <T> T enter(Supplier<T> action) {
    return context.core().enter(context.language(), action);
  }

  private void run(Runnable action) {
    context.core().run(context.language(), action);
  }

  /**
   * The hot path: one entry that does {@code op} and, when {@code type} is not null, converts its
   * result to {@code type} (else wraps it in a handle). No lambda, no intermediate handle. An
   * invoke whose result is to become a Java integer goes to {@link #invokeForInteger} where the
   * language checks that inside the invoke.
   */
  private Object perform(Op op, String name, Object[] args, Type type) {
    if (op == Op.INVOKE && context.support().checksIntegersInInvoke()) {
      ScalarDecoder integer = integerDecoder(type);
      if (integer != null) {
        return invokeForInteger(name, args, type, integer);
      }
    }
    ContextCore core = context.core();
    Language language = context.language();
    Watchdog.Watch watch = core.begin(language);
    try {
      Value result;
      switch (op) {
        case GET:
          result = context.support().getAttr(value, name);
          break;
        case CALL:
          result = context.support().call(value, encodeAll(args));
          break;
        case INVOKE:
          result = context.support().invoke(value, name, encodeAll(args));
          break;
        case SELF:
        default:
          result = value;
          break;
      }
      Object out;
      if (type == null) {
        out = result(result);
      } else if (type == void.class) {
        out = null;
      } else {
        out = context.decode(result == null ? context.support().nullValue() : result, type, ROOT);
      }
      core.returned(watch);
      return out;
    } catch (PolyglotException e) {
      throw core.failed(e, language);
    } catch (IllegalStateException e) {
      throw core.failed(e);
    } finally {
      core.end(watch);
    }
  }

  /**
   * {@link #perform} for an invoke whose result is to become a Java integer ({@code integer} is its
   * decoder, or the profile's for a handle result): the guest checks the result inside the invoke
   * ({@link GuestSupport#invokeForInteger}), so an int needs no float check of its own. A method of
   * its own, with {@link #perform}'s entry and exit again, rather than a branch inside it: grown by
   * this path, {@link #perform} made the JS proxy slower (80 against 72 ns after 60 s).
   */
  private Object invokeForInteger(String name, Object[] args, Type type, ScalarDecoder integer) {
    ContextCore core = context.core();
    Language language = context.language();
    Watchdog.Watch watch = core.begin(language);
    try {
      GuestSupport support = context.support();
      Value result = support.invokeForInteger(value, name, encodeAll(args));
      boolean checked = support.isCheckedInteger(result);
      Value v = checked ? result : support.unwrapChecked(result);
      Object out;
      if (type == null) {
        out = result(v, checked);
      } else {
        Object quick = checked ? integer.tryDecodeInteger(v, context) : ScalarDecoder.NOT_CONVERTED;
        out = quick != ScalarDecoder.NOT_CONVERTED ? quick : context.decode(v, type, ROOT);
      }
      core.returned(watch);
      return out;
    } catch (PolyglotException e) {
      throw core.failed(e, language);
    } catch (IllegalStateException e) {
      throw core.failed(e);
    } finally {
      core.end(watch);
    }
  }

  /**
   * The integer decoder an invoke's result goes to, when {@link InCallCheck} says this invoke
   * should check it inside: the decoder of {@code type}, or for a handle result ({@code type} null)
   * the one its {@link ResultProfile} expects. Else null.
   */
  private ScalarDecoder integerDecoder(Type type) {
    ScalarDecoder d;
    if (type == null) {
      ResultProfile profile = results;
      ResultProfile.Expectation e = profile == null ? null : profile.expected();
      d = e == null ? null : e.decoder;
    } else {
      d = type == void.class ? null : context.scalarDecoder(type);
    }
    if (d == null || !d.integral()) {
      return null;
    }
    InCallCheck check = inCallCheck;
    if (check == null) {
      check = new InCallCheck();
      inCallCheck = check;
    }
    return check.on() ? d : null;
  }

  /**
   * A handle on a result of this handle's operation, made in the operation's entry: converted ahead
   * to the type earlier results went to, when {@link ResultProfile} expects one and the value is of
   * that kind.
   *
   * @param checked whether the guest has found the result to be an integer of its own
   */
  private GraalHandle result(Value result, boolean checked) {
    Value v = result == null ? support().nullValue() : result;
    ResultProfile profile = results;
    if (profile == null) {
      profile = new ResultProfile();
      results = profile; // a race makes two profiles; the lost one only forgets what it learnt
    }
    ResultProfile.Expectation e = profile.expected();
    if (e != null) {
      Object ahead =
          checked ? e.decoder.tryDecodeInteger(v, context) : e.decoder.tryDecode(v, context);
      if (ahead != ScalarDecoder.NOT_CONVERTED) {
        return new GraalHandle(v, context, profile, e.type, ahead);
      }
    }
    return new GraalHandle(v, context, profile, null, null);
  }

  private GraalHandle result(Value result) {
    return result(result, false);
  }

  @Override
  public Handle get(String name) {
    Objects.requireNonNull(name, "name");
    return (Handle) perform(Op.GET, name, null, null);
  }

  @Override
  public void set(String name, Object newValue) {
    Objects.requireNonNull(name, "name");
    run(() -> support().setAttr(value, name, context.encode(newValue)));
  }

  @Override
  public boolean has(String name) {
    Objects.requireNonNull(name, "name");
    return enter(() -> support().hasAttr(value, name));
  }

  @Override
  public Handle call(Object... args) {
    return (Handle) perform(Op.CALL, null, args == null ? NO_ARGS : args, null);
  }

  @Override
  public Handle callKw(Map<String, ?> kwargs, Object... args) {
    Objects.requireNonNull(kwargs, "kwargs");
    Object[] a = args == null ? NO_ARGS : args;
    return enter(() -> result(support().callKw(value, context.encode(kwargs), encodeAll(a))));
  }

  @Override
  public Handle invoke(String method, Object... args) {
    Objects.requireNonNull(method, "method");
    return (Handle) perform(Op.INVOKE, method, args == null ? NO_ARGS : args, null);
  }

  @Override
  public Handle invokeKw(String method, Map<String, ?> kwargs, Object... args) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(kwargs, "kwargs");
    Object[] a = args == null ? NO_ARGS : args;
    return enter(
        () -> result(support().invokeKw(value, method, context.encode(kwargs), encodeAll(a))));
  }

  @Override
  public Object getAs(Type type, String name) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    return perform(Op.GET, name, null, type);
  }

  @Override
  public Object callAs(Type type, Object... args) {
    Objects.requireNonNull(type, "type");
    return perform(Op.CALL, null, args == null ? NO_ARGS : args, type);
  }

  @Override
  public Object invokeAs(Type type, String method, Object... args) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(method, "method");
    return perform(Op.INVOKE, method, args == null ? NO_ARGS : args, type);
  }

  @Override
  public Handle newInstance(Object... args) {
    Object[] a = args == null ? NO_ARGS : args;
    return enter(() -> result(support().newInstance(value, encodeAll(a))));
  }

  @Override
  public Handle getItem(Object key) {
    return enter(() -> result(support().getItem(value, context.encode(key))));
  }

  @Override
  public void setItem(Object key, Object newValue) {
    run(() -> support().setItem(value, context.encode(key), context.encode(newValue)));
  }

  @Override
  public long size() {
    return enter(() -> support().size(value));
  }

  @Override
  public <T> T as(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return convert(type);
  }

  @Override
  public <T> T as(TypeRef<T> type) {
    Objects.requireNonNull(type, "type");
    return convert(type.type());
  }

  @SuppressWarnings("unchecked")
  private <T> T convert(Type type) {
    if (type == convertedType) {
      context.core().checkOpen();
      return (T) converted;
    }
    if (from != null) {
      from.converted(type, context);
    }
    return (T) perform(Op.SELF, null, null, type);
  }

  @Override
  public boolean isNull() {
    return enter(value::isNull);
  }

  @Override
  public boolean isCallable() {
    return enter(value::canExecute);
  }

  @Override
  public String typeName() {
    return enter(() -> support().typeName(value));
  }

  @Override
  public Language language() {
    return context.language();
  }

  @Override
  public Iterator<Handle> iterator() {
    Value iterator = enter(() -> support().iterator(value));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return enter(iterator::hasIteratorNextElement);
      }

      @Override
      public Handle next() {
        return enter(
            () -> {
              if (!iterator.hasIteratorNextElement()) {
                throw new NoSuchElementException("the guest iterator is exhausted");
              }
              return context.handle(iterator.getIteratorNextElement());
            });
      }
    };
  }

  @Override
  public String toString() {
    return enter(() -> support().str(value));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GraalHandle)) {
      return false;
    }
    GraalHandle other = (GraalHandle) o;
    return other.context.core() == context.core() && enter(() -> value.equals(other.value));
  }

  @Override
  public int hashCode() {
    return enter(value::hashCode);
  }

  /**
   * The arguments as the guest gets them. The caller's array is never changed: a copy is made once
   * the first argument that converts to something else is met, so arguments that pass as they are
   * (strings, ints, doubles, booleans) cost no copy.
   */
  private Object[] encodeAll(Object[] args) {
    Object[] out = args;
    for (int i = 0; i < args.length; i++) {
      Object encoded = context.encode(args[i]);
      if (encoded != args[i]) {
        if (out == args) {
          out = args.clone();
        }
        out[i] = encoded;
      }
    }
    return out;
  }
}
