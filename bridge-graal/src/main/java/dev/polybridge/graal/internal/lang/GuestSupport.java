package dev.polybridge.graal.internal.lang;

import dev.polybridge.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * What one language means by each {@link dev.polybridge.Handle} operation and by each converted
 * value, in one context: the one place where Python and JavaScript differ. Fast paths use the
 * polyglot {@link Value} API; where that would differ from the language (a missing Python
 * attribute, a call of something not callable), the operation goes through a small guest helper so
 * the caller sees the language's own error.
 *
 * <p>Helpers are loaded once per context on first use, from {@code helpers.py} and {@code
 * helpers.js} next to this class; a helper both languages have bears the same name in both, so the
 * operations written once here serve both.
 *
 * <p>Thread-safety: not thread-safe; callers hold the context's lock.
 */
public abstract class GuestSupport {
  /** Source name of the helpers; their frames are left out of guest stack traces. */
  public static final String HELPER_SOURCE_NAME = "<polybridge>";

  private static final Object[] NO_ARGS = new Object[0];

  protected final LanguageHost host;
  private final Language language;
  private Value helpers;

  /** Helper functions by name, looked up once: a member lookup is a guest operation. */
  private final Map<String, Value> helperFunctions = new HashMap<>();

  GuestSupport(LanguageHost host, Language language) {
    this.host = host;
    this.language = language;
  }

  /** The support of {@code language} in the context of {@code host}. */
  public static GuestSupport of(Language language, LanguageHost host) {
    switch (language) {
      case PYTHON:
        return new PythonSupport(host);
      case JS:
        return new JsSupport(host);
      default:
        throw new IllegalArgumentException("no support for " + language);
    }
  }

  /**
   * Whether isolated contexts of {@code language} are cheap enough to make ahead of time for
   * one-shot snippets: a JavaScript context costs about a millisecond, a Python one hundreds.
   */
  public static boolean contextsAreCheap(Language language) {
    return language == Language.JS;
  }

  public final Language language() {
    return language;
  }

  final Context context() {
    return host.context();
  }

  /**
   * Prepares a freshly initialised context for guest code: the language's sandbox and Polybridge's
   * helpers. Runs once, before any user code.
   */
  public void start() {
    helpers();
  }

  /** The folder of the language's own library, whose statements a limit does not count, or null. */
  public String languageHome() {
    return null;
  }

  /** The helper functions, loaded on first use. */
  final Value helpers() {
    Value h = helpers;
    if (h == null) {
      h = loadHelpers();
      helpers = h;
    }
    return h;
  }

  abstract Value loadHelpers();

  /** Forgets the cached guest values once the context is closed; subclasses drop theirs too. */
  public void release() {
    helpers = null;
    helperFunctions.clear();
  }

  /** The helper {@code name}; a function as {@link #internalEntry} lets Polybridge call it. */
  final Value helper(String name) {
    Value f = helperFunctions.get(name);
    if (f == null) {
      f = helpers().getMember(name);
      if (f.canExecute()) {
        f = internalEntry(f);
      }
      helperFunctions.put(name, f);
    }
    return f;
  }

  /**
   * A guest function of Polybridge's own as Polybridge calls it from Java. By default the function
   * itself; a language whose calls from Java share inline caches that Polybridge's calls would
   * crowd out (Python) wraps it, so the user's calls keep them.
   */
  Value internalEntry(Value function) {
    return function;
  }

  /** The text of a resource next to this class. */
  static String resource(String name) {
    try (InputStream in = GuestSupport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Polybridge resource " + name + " is missing from its jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  final Source source(String code, String sourceName) {
    return Source.newBuilder(language.id(), code, sourceName).cached(true).buildLiteral();
  }

  /** A Polybridge source of this language: internal, so neither limits nor stack traces see it. */
  static Source internalSource(Language language, String code) {
    return Source.newBuilder(language.id(), code, HELPER_SOURCE_NAME)
        .internal(true)
        .cached(true)
        .buildLiteral();
  }

  // ---- handle operations ----

  /** Evaluates code; the result, or null when the code has no value. */
  public abstract Value eval(String code);

  public abstract Value importModule(String name);

  public abstract Value global(String name);

  /** Sets a global variable of the context; {@code value} is already a guest value. */
  public void setGlobal(String name, Object value) {
    context().getBindings(language.id()).putMember(name, value);
  }

  public Value getAttr(Value target, String name) {
    return helper("getattr_of").execute(target, name);
  }

  public final void setAttr(Value target, String name, Object value) {
    helper("setattr_of").execute(target, name, value);
  }

  public final boolean hasAttr(Value target, String name) {
    return helper("hasattr_of").execute(target, name).asBoolean();
  }

  public abstract Value callKw(Value target, Object kwargs, Object[] args);

  public abstract Value invokeKw(Value target, String method, Object kwargs, Object[] args);

  // The fast paths call straight through, as raw Value.execute would; only when GraalVM says the
  // operation is unsupported does the call go through a guest helper, which raises the language's
  // own error ("'int' object is not callable", "x is not a function").

  public final Value call(Value target, Object[] args) {
    try {
      return target.execute(args);
    } catch (UnsupportedOperationException e) {
      return helper("call").execute(prepend(args, target));
    }
  }

  public final Value invoke(Value target, String method, Object[] args) {
    try {
      return target.invokeMember(method, args);
    } catch (UnsupportedOperationException e) {
      return helper("invoke").execute(prepend(args, target, method));
    }
  }

  /**
   * Whether an invoke whose result is to become a Java integer may go through {@link
   * #invokeForInteger}: true where telling an integer from a float takes a guest operation of its
   * own ({@link #isFloat}), which that does inside the invoke.
   */
  public boolean checksIntegersInInvoke() {
    return false;
  }

  /**
   * Invokes {@code method} as {@link #invoke} does and checks its result in the same guest
   * operation, for a result that is to become a Java integer: an integer of the language's own
   * integer type comes back as it is ({@link #isCheckedInteger} says so), anything else wrapped,
   * for {@link #unwrapChecked} to take out. Only where {@link #checksIntegersInInvoke}.
   */
  public Value invokeForInteger(Value target, String method, Object[] args) {
    throw new UnsupportedOperationException(language.displayName() + " checks no integers");
  }

  /** Whether a result of {@link #invokeForInteger} is an integer the guest has checked. */
  public boolean isCheckedInteger(Value result) {
    return false;
  }

  /** The guest's own result inside one of {@link #invokeForInteger} that is not an integer. */
  public Value unwrapChecked(Value result) {
    return result;
  }

  public final Value newInstance(Value target, Object[] args) {
    try {
      return target.newInstance(args);
    } catch (UnsupportedOperationException e) {
      return helper("new_instance").execute(prepend(args, target));
    }
  }

  public final Value getItem(Value target, Object key) {
    return helper("getitem").execute(target, key);
  }

  public final void setItem(Value target, Object key, Object value) {
    helper("setitem").execute(target, key, value);
  }

  public long size(Value target) {
    return helper("len_of").execute(target).asLong();
  }

  /** A guest iterator over {@code target} (the language's own error if it is not iterable). */
  public final Value iterator(Value target) {
    if (target.isIterator()) {
      return target;
    }
    if (target.hasIterator()) {
      return target.getIterator();
    }
    return helper("iterate").execute(target);
  }

  /** The guest's name for the value's type. */
  public final String typeName(Value value) {
    Value meta = value.getMetaObject();
    return meta == null ? "foreign" : meta.getMetaSimpleName();
  }

  /** Python {@code str(x)} or JavaScript {@code String(x)}. */
  public String str(Value value) {
    return helper("str_of").execute(value).asString();
  }

  // ---- what values are ----

  /** Whether a number is a floating-point number in this language (Python {@code float}). */
  public abstract boolean isFloat(Value number);

  /**
   * Elements {@code start} to {@code stop} (exclusive) of {@code sequence}, read in one guest call,
   * when {@code sequence} is a list or tuple and they are all integers (not floats, not booleans)
   * that fit in a {@code long}; null otherwise, or when this language has no such read. Saves a
   * list of integers an interop read and a float check per element.
   */
  public LongBuffer integers(Value sequence, long start, long stop) {
    return null;
  }

  /** Whether the value converts naturally to a Java {@code List}: list or tuple, Array. */
  public abstract boolean isList(Value value);

  /** Whether the value converts naturally to a Java {@code Map}: dict, plain object or Map. */
  public abstract boolean isDict(Value value);

  /**
   * Whether a Java {@code long} is exact as a plain guest number (else it becomes a big integer).
   */
  public abstract boolean isExactInteger(long value);

  // ---- making guest values ----

  /** A new guest list or Array of {@code size} empty slots. */
  public final Value newList(int size) {
    return helper("new_list").execute(size);
  }

  /** A new empty dict or object. */
  public final Value newDict() {
    return helper("new_dict").execute();
  }

  /** Puts an entry in a value made by {@link #newDict()}. */
  public abstract void putEntry(Value dict, Object key, Object value);

  /** A Python set or JavaScript Set of the items of a guest list. */
  public final Value newSet(Value items) {
    return helper("new_set").execute(items);
  }

  /** Python bytes or a JavaScript Uint8Array holding {@code bytes}. */
  public final Value bytes(byte[] bytes) {
    return helper("bytes_from_latin1").execute(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  /** A guest integer too large for a plain number: Python int, JavaScript BigInt. */
  public final Value bigInteger(String decimal) {
    return helper("big_int").execute(decimal);
  }

  /** A guest null: Python None, JavaScript undefined. */
  public final Value nullValue() {
    return helper("none");
  }

  /** What Java {@code null} becomes when passed in: Python None, JavaScript null. */
  public abstract Object javaNull();

  /** A Java value as a polyglot value of this context, unconverted (a host string, say). */
  public final Value asValue(Object hostValue) {
    return context().asValue(hostValue);
  }

  /**
   * An encoded argument as a value of this language: a Java {@code Integer} becomes a Python {@code
   * int} or a JS number rather than a host object.
   */
  public final Value nativeValue(Object encoded) {
    if (encoded instanceof Value) {
      return (Value) encoded;
    }
    return helper("identity").execute(encoded);
  }

  /** An aware date-time: Python {@code datetime} with a fixed offset, JavaScript {@code Date}. */
  public abstract Object instant(OffsetDateTime time);

  /** A date-time without zone: Python naive {@code datetime}, JavaScript ISO-8601 text. */
  public abstract Object localDateTime(LocalDateTime time);

  /** Python {@code date}, JavaScript ISO-8601 text. */
  public abstract Object localDate(LocalDate date);

  /** Python {@code time}, JavaScript ISO-8601 text. */
  public abstract Object localTime(LocalTime time);

  /** Python {@code timedelta}, JavaScript milliseconds. */
  public abstract Object duration(Duration duration);

  /** The {@code Duration} a guest value stands for, or null when it stands for none. */
  public abstract Duration durationOf(Value value);

  /** What {@link #durationOf} accepts, for error messages: "a timedelta". */
  public abstract String durationForm();

  /** Python {@code decimal.Decimal}, JavaScript the exact decimal text. */
  public abstract Object decimal(BigDecimal value);

  /** The exact text of a guest decimal number, or null when the value is none. */
  public abstract String decimalText(Value value);

  // ---- classes that records and enums stand for (@GuestClass) ----

  /**
   * The guest class of that qualified name ({@code "module.Outer.Inner"}), or null when this
   * language has no such classes and the record or enum crosses as a plain value instead.
   */
  public abstract Value guestClass(String qualifiedName);

  /**
   * The keyword arguments the guest class of that qualified name takes, or null when they cannot be
   * known.
   */
  public abstract List<String> parameterNames(String qualifiedName);

  /** An instance of a guest class from keyword arguments (a dict made by {@link #newDict}). */
  public final Value instantiate(Value guestClass, Value kwargs) {
    return callKw(guestClass, kwargs, NO_ARGS);
  }

  /** The member of a guest enum class named {@code name}. */
  public final Value enumMember(Value guestClass, String name) {
    return helper("enum_member").execute(guestClass, name);
  }

  // ---- awaitables and errors ----

  /** Whether the value is a coroutine or other awaitable this language runs to completion. */
  public abstract boolean isAwaitable(Value value);

  /** Runs an awaitable to completion; its result. */
  public abstract Value runAwaitable(Value awaitable);

  /** Throws {@code value} in the guest, so GraalVM reports it as a guest exception. */
  public final void rethrow(Value value) {
    helper("rethrow").execute(value);
  }

  /** Type, message, frames and syntax position of a guest exception object. */
  public abstract ErrorInfo errorInfo(Value exception);

  static Object[] prepend(Object[] args, Object... first) {
    Object[] all = new Object[first.length + args.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(args, 0, all, first.length, args.length);
    return all;
  }

  /** What a guest exception says about itself. */
  public record ErrorInfo(String type, String message, List<Frame> frames, int line, int column) {}

  /** A frame from the guest's own traceback, innermost first. */
  public record Frame(String file, int line, String function) {}
}
