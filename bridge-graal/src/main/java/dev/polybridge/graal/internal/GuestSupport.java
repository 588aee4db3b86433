package dev.polybridge.graal.internal;

import dev.polybridge.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * What one language means by each {@link dev.polybridge.Handle} operation, in one context. Fast
 * paths use the polyglot {@link Value} API; where that would differ from the language (a missing
 * Python attribute, a call of something not callable), the operation goes through a small guest
 * helper so the caller sees the language's own error.
 *
 * <p>Helpers are loaded once per context on first use, from {@code helpers.py} and {@code
 * helpers.js} next to this class. Callers hold the context's lock.
 */
abstract class GuestSupport {
  /** Source name of the helpers; their frames are left out of guest stack traces. */
  static final String HELPER_SOURCE_NAME = "<polybridge>";

  final ContextCore core;
  final Language language;
  private Value helpers;

  /** Helper functions by name, looked up once: a member lookup is a guest operation. */
  private final Map<String, Value> helperFunctions = new HashMap<>();

  GuestSupport(ContextCore core, Language language) {
    this.core = core;
    this.language = language;
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
  void release() {
    helpers = null;
    helperFunctions.clear();
  }

  final Value helper(String name) {
    Value f = helperFunctions.get(name);
    if (f == null) {
      f = helpers().getMember(name);
      helperFunctions.put(name, f);
    }
    return f;
  }

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

  /** Evaluates code; the result, or null when the code has no value. */
  abstract Value eval(String code);

  abstract Value importModule(String name);

  abstract Value global(String name);

  abstract Value getAttr(Value target, String name);

  abstract void setAttr(Value target, String name, Object value);

  abstract boolean hasAttr(Value target, String name);

  abstract Value callKw(Value target, Object kwargs, Object[] args);

  abstract Value invokeKw(Value target, String method, Object kwargs, Object[] args);

  // The fast paths call straight through, as raw Value.execute would; only when GraalVM says the
  // operation is unsupported does the call go through a guest helper, which raises the language's
  // own error ("'int' object is not callable", "x is not a function").

  final Value call(Value target, Object[] args) {
    try {
      return target.execute(args);
    } catch (UnsupportedOperationException e) {
      return helper("call").execute(prepend(args, target));
    }
  }

  final Value invoke(Value target, String method, Object[] args) {
    try {
      return target.invokeMember(method, args);
    } catch (UnsupportedOperationException e) {
      return helper("invoke").execute(prepend(args, target, method));
    }
  }

  final Value newInstance(Value target, Object[] args) {
    try {
      return target.newInstance(args);
    } catch (UnsupportedOperationException e) {
      return helper(language == Language.PYTHON ? "new_instance" : "newInstance")
          .execute(prepend(args, target));
    }
  }

  abstract Value getItem(Value target, Object key);

  abstract void setItem(Value target, Object key, Object value);

  abstract long size(Value target);

  /** A guest iterator over {@code target} (the language's own error if it is not iterable). */
  final Value iterator(Value target) {
    if (target.isIterator()) {
      return target;
    }
    if (target.hasIterator()) {
      return target.getIterator();
    }
    return helper("iterate").execute(target);
  }

  /** The guest's name for the value's type. */
  final String typeName(Value value) {
    Value meta = value.getMetaObject();
    return meta == null ? "foreign" : meta.getMetaSimpleName();
  }

  /** Python {@code str(x)} or JavaScript {@code String(x)}. */
  abstract String str(Value value);

  /** Whether a number is a floating-point number in this language (Python {@code float}). */
  abstract boolean isFloat(Value number);

  /**
   * Whether {@code sequence} is a list or tuple whose elements are all integers (not floats, not
   * booleans), found in one guest call; false when unknown. Lets a list of integers skip the
   * per-element {@link #isFloat} check. Languages without a separate float type answer false.
   */
  boolean onlyIntegers(Value sequence) {
    return false;
  }

  /** Whether the value converts naturally to a Java {@code List}: list or tuple, Array. */
  abstract boolean isList(Value value);

  /** Whether the value converts naturally to a Java {@code Map}: dict, plain object or Map. */
  abstract boolean isDict(Value value);

  /** A new empty guest list or Array of {@code size} slots. */
  abstract Value newList(int size);

  /** A new empty dict or object. */
  abstract Value newDict();

  /** Puts an entry in a value made by {@link #newDict()}. */
  abstract void putEntry(Value dict, Object key, Object value);

  /** Python bytes or a JavaScript Uint8Array holding {@code bytes}. */
  abstract Value bytes(byte[] bytes);

  /** A guest integer too large for a long: Python int, JavaScript BigInt. */
  abstract Value bigInteger(String decimal);

  /** A guest null: Python None, JavaScript undefined. */
  abstract Value nullValue();

  /** What Java {@code null} becomes when passed in: Python None, JavaScript null. */
  abstract Object javaNull();

  /**
   * An encoded argument as a value of this language: a Java {@code Integer} becomes a Python {@code
   * int} or a JS number rather than a host object.
   */
  final Value nativeValue(Object encoded) {
    if (encoded instanceof Value) {
      return (Value) encoded;
    }
    return helper("identity").execute(encoded);
  }

  /** Type, message, frames and syntax position of a guest exception object. */
  abstract ErrorInfo errorInfo(Value exception);

  static Object[] prepend(Object[] args, Object... first) {
    Object[] all = new Object[first.length + args.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(args, 0, all, first.length, args.length);
    return all;
  }

  /** What a guest exception says about itself. */
  record ErrorInfo(String type, String message, List<Frame> frames, int line, int column) {}

  /** A frame from the guest's own traceback, innermost first. */
  record Frame(String file, int line, String function) {}
}
