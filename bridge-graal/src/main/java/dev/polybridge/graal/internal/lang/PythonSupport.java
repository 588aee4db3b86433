package dev.polybridge.graal.internal.lang;

import dev.polybridge.Language;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** Python semantics of the handle operations and values, on GraalPy. */
final class PythonSupport extends GuestSupport {
  private static final String HELPERS = resource("helpers.py");
  private static final String LOADER =
      "lambda src: (lambda m: (exec(compile(src, '"
          + HELPER_SOURCE_NAME
          + "', 'exec'), m.__dict__), m)[1])(__import__('types').ModuleType('_polybridge'))";

  /** See {@link #internalEntry}: {@code _functools} is built in, so this imports nothing. */
  private static final String PARTIAL = "__import__('_functools').partial";

  /**
   * Run once in every Python context before any guest code. GraalPy implements {@code signal} with
   * the JVM's own signals, so guest code could stop or reconfigure the host process.
   */
  private static final Source SANDBOX =
      internalSource(Language.PYTHON, GuestSupport.resource("sandbox.py"));

  /** The Python home, whose standard library a statement limit does not count. */
  private static final Source HOME =
      internalSource(Language.PYTHON, "__import__('__graalpython__').home");

  private Value mainModule;
  private Value floatType;
  private Value partial;
  private Value invokeInt;

  /** The most arguments a per-name {@link #intInvoker} takes; beyond, {@code invoke_int}. */
  private static final int MAX_INVOKER_ARITY = 8;

  /** How many method names get an {@link #intInvoker} at most; later ones, {@code invoke_int}. */
  private static final int MAX_INVOKER_NAMES = 256;

  private static final Pattern ASCII_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Python 3.12's keywords ({@code keyword.kwlist}), which no attribute access can name. */
  private static final Set<String> KEYWORDS =
      Set.of(
          ("False None True and as assert async await break class continue def del elif else except"
                  + " finally for from global if import in is lambda nonlocal not or pass raise"
                  + " return try while with yield")
              .split(" "));

  /** Marks a name {@link #intInvoker} has none for. */
  private static final Object NO_INVOKER = new Object();

  /** Per-name {@link #intInvoker}s, by method name, then by number of arguments. */
  private final Map<String, Object[]> intInvokers = new HashMap<>();

  /** Guest classes of @GuestClass records and enums, by qualified name, looked up once. */
  private final Map<String, Value> guestClasses = new HashMap<>();

  /** Their keyword parameters, by the same names. */
  private final Map<String, List<String>> parameterNames = new HashMap<>();

  PythonSupport(LanguageHost host) {
    super(host, Language.PYTHON);
  }

  @Override
  public String languageHome() {
    return context().eval(HOME).asString();
  }

  @Override
  public void start() {
    context().eval(SANDBOX);
    dev.polybridge.graal.internal.lang.python.PythonStdlib.start(context(), host.options());
    super.start();
  }

  @Override
  Value loadHelpers() {
    partial = context().eval(source(PARTIAL, HELPER_SOURCE_NAME));
    Value h = internalEntry(context().eval(source(LOADER, HELPER_SOURCE_NAME))).execute(HELPERS);
    mainModule = internalEntry(h.getMember("import_module")).execute("__main__");
    floatType = context().eval(source("float", HELPER_SOURCE_NAME));
    return h;
  }

  /**
   * Polybridge's functions are called as {@code functools.partial} objects. GraalVM runs every
   * {@code Value.execute} of a Python function ({@code def}, lambda) of a context through one call
   * path, whose inline caches hold the first few functions called; once more than that have been
   * called, every call of a Python function from Java is an uncached call. Measured with the JIT
   * (CallOverheadBenchmark's {@code x + 1} with the float check): 54 ns when it is the only
   * function called, 97-121 ns once eight other functions have been. A partial is a different kind
   * of value with a path of its own, so Polybridge's helpers do not take the user's functions'
   * places in those caches.
   */
  @Override
  Value internalEntry(Value function) {
    return partial.execute(function);
  }

  @Override
  public void release() {
    super.release();
    mainModule = null;
    floatType = null;
    partial = null;
    invokeInt = null;
    intInvokers.clear();
    guestClasses.clear();
    parameterNames.clear();
  }

  @Override
  public Value eval(String code) {
    helpers();
    Value result = context().eval(source(code, "<eval>"));
    // GraalPy answers the __main__ module when the code ends in a statement or its value is None.
    return result.equals(mainModule) ? nullValue() : result;
  }

  @Override
  public Value importModule(String name) {
    return helper("import_module").execute(name);
  }

  @Override
  public Value global(String name) {
    Value v = context().getBindings("python").getMember(name);
    if (v == null) {
      return helper("name_error").execute(name);
    }
    return v;
  }

  @Override
  public Value getAttr(Value target, String name) {
    Value v = target.getMember(name);
    return v != null ? v : super.getAttr(target, name);
  }

  @Override
  public Value callKw(Value target, Object kwargs, Object[] args) {
    return helper("call_kw").execute(prepend(args, target, kwargs));
  }

  @Override
  public Value invokeKw(Value target, String method, Object kwargs, Object[] args) {
    return helper("invoke_kw").execute(prepend(args, target, method, kwargs));
  }

  /**
   * Python tells an {@code int} from a {@code float} only in the guest ({@link #isFloat}, a guest
   * operation of its own), so an invoke whose result is to become a Java integer may go through
   * {@code invoke_int}, which checks it in the invoke's own entry. Measured with the JIT (raw
   * polyglot code, seconds 10-30 of a fresh JVM): {@code invokeMember} and {@code
   * float.isMetaInstance} 128 ns, {@code invoke_int} 104 ns, {@code invokeMember} alone 92 ns. A
   * {@code call_int} for {@code Handle.call} measured 78 against 97 ns raw, but 119-130 against 110
   * ns in the bridge, so calls keep the separate check.
   */
  @Override
  public boolean checksIntegersInInvoke() {
    return true;
  }

  @Override
  public Value invokeForInteger(Value target, String method, Object[] args) {
    Value named = intInvoker(method, args.length);
    if (named != null) {
      return named.execute(prepend(args, target));
    }
    Value f = invokeInt;
    if (f == null) {
      f = helpers().getMember("invoke_int");
      invokeInt = f;
    }
    return f.execute(prepend(args, target, method));
  }

  /**
   * A function made once per name and arity ({@link #intInvokerSource}): {@code invoke_int} with
   * the method's name written in its code, so GraalPy caches the attribute lookup, which {@code
   * getattr(obj, name)} with a varying name does not (JFR: a quarter of a proxy call in {@code
   * LookupAttributeInMRONode$Dynamic}). Null when the name cannot be written so, for more arguments
   * than {@link #MAX_INVOKER_ARITY}, or past {@link #MAX_INVOKER_NAMES} names: {@code invoke_int}
   * serves those. Measured with the JIT (CallOverheadBenchmark.proxyInt, Python, 4 forks each):
   * 134-270 ns after 10 s and 84-188 after 60 s (median of seconds 20-63: 86-112) against 185-379
   * and 122-206 (125-184) with {@code invoke_int}; raw {@code execute} 57-64. The same function
   * made by {@code exec} in the helpers was compiled later (474-712 ns after 10 s) and showed in
   * stack traces; called through {@link #internalEntry}'s partial it measured 173-252 ns after 60
   * s.
   */
  private Value intInvoker(String method, int arity) {
    if (arity > MAX_INVOKER_ARITY) {
      return null;
    }
    Object[] byArity = intInvokers.get(method);
    if (byArity == null) {
      if (intInvokers.size() >= MAX_INVOKER_NAMES) {
        return null; // names made up at run time: no end of functions
      }
      byArity = new Object[MAX_INVOKER_ARITY + 1];
      intInvokers.put(method, byArity);
    }
    Object f = byArity[arity];
    if (f == null) {
      f = isAttributeName(method) ? context().eval(intInvokerSource(method, arity)) : NO_INVOKER;
      byArity[arity] = f;
    }
    return f == NO_INVOKER ? null : (Value) f;
  }

  /**
   * The function {@link #intInvoker} makes: {@code invoke_int} with {@code name} written in, as an
   * internal source, which no stack trace shows.
   */
  static Source intInvokerSource(String name, int arity) {
    StringBuilder args = new StringBuilder();
    for (int i = 0; i < arity; i++) {
      args.append(i == 0 ? "" : ", ").append('a').append(i);
    }
    // A lambda, not a def: evaluating it defines nothing in the user's __main__.
    return internalSource(
        Language.PYTHON,
        "lambda obj"
            + (arity == 0 ? "" : ", " + args)
            + ": r if type(r := obj."
            + name
            + "("
            + args
            + ")) is int else (r,)");
  }

  /** Whether {@code name} can be written as {@code obj.name}: an ASCII identifier, no keyword. */
  static boolean isAttributeName(String name) {
    return ASCII_IDENTIFIER.matcher(name).matches() && !KEYWORDS.contains(name);
  }

  /** {@code invoke_int} answers an {@code int} as it is and wraps anything else in a 1-tuple. */
  @Override
  public boolean isCheckedInteger(Value result) {
    return result.isNumber();
  }

  @Override
  public Value unwrapChecked(Value result) {
    return result.getArrayElement(0);
  }

  @Override
  public boolean isFloat(Value number) {
    helpers();
    // One guest operation (isinstance(number, float)), not two (type(number), then identity).
    return floatType.isMetaInstance(number);
  }

  @Override
  public LongBuffer integers(Value sequence, long start, long stop) {
    Value packed = helper("packed_ints").execute(sequence, start, stop);
    if (packed.isNull()) {
      return null;
    }
    byte[] bytes = new byte[Math.toIntExact(packed.getBufferSize())];
    packed.readBuffer(0, bytes, 0, bytes.length);
    return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder()).asLongBuffer();
  }

  @Override
  public boolean isList(Value value) {
    return value.hasArrayElements() && helper("is_list").execute(value).asBoolean();
  }

  @Override
  public boolean isDict(Value value) {
    return value.hasHashEntries() && helper("is_dict").execute(value).asBoolean();
  }

  @Override
  public boolean isExactInteger(long value) {
    return true;
  }

  @Override
  public void putEntry(Value dict, Object key, Object value) {
    dict.putHashEntry(key, value);
  }

  @Override
  public Object javaNull() {
    return nullValue();
  }

  @Override
  public Object instant(OffsetDateTime t) {
    return datetime(t.toLocalDateTime(), t.getOffset().getTotalSeconds());
  }

  @Override
  public Object localDateTime(LocalDateTime t) {
    return datetime(t, null);
  }

  /** A datetime, aware with a fixed offset of {@code offsetSeconds}, or naive when it is null. */
  private Object datetime(LocalDateTime t, Integer offsetSeconds) {
    return helper("make_datetime")
        .execute(
            t.getYear(),
            t.getMonthValue(),
            t.getDayOfMonth(),
            t.getHour(),
            t.getMinute(),
            t.getSecond(),
            t.getNano() / 1000,
            offsetSeconds);
  }

  @Override
  public Object localDate(LocalDate d) {
    return helper("make_date").execute(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  @Override
  public Object localTime(LocalTime t) {
    return helper("make_time")
        .execute(t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1000);
  }

  @Override
  public Object duration(Duration d) {
    return helper("make_timedelta").execute(d.getSeconds(), d.getNano() / 1000);
  }

  @Override
  public Duration durationOf(Value v) {
    Value parts = helper("timedelta_parts").execute(v);
    if (parts.isNull()) {
      return null;
    }
    return Duration.ofDays(parts.getArrayElement(0).asLong())
        .plusSeconds(parts.getArrayElement(1).asLong())
        .plusNanos(parts.getArrayElement(2).asLong() * 1000);
  }

  @Override
  public String durationForm() {
    return "a timedelta";
  }

  @Override
  public Object decimal(BigDecimal value) {
    return helper("make_decimal").execute(value.toString());
  }

  @Override
  public String decimalText(Value v) {
    if (!v.hasMembers()) {
      return null;
    }
    Value text = helper("decimal_text").execute(v);
    return text.isNull() ? null : text.asString();
  }

  @Override
  public Value guestClass(String qualifiedName) {
    Value c = guestClasses.get(qualifiedName);
    if (c == null) {
      c = helper("guest_class").execute(qualifiedName);
      guestClasses.put(qualifiedName, c);
    }
    return c;
  }

  @Override
  public List<String> parameterNames(String qualifiedName) {
    return parameterNames.computeIfAbsent(
        qualifiedName,
        name -> {
          Value names = helper("parameter_names").execute(guestClass(name));
          if (names.isNull()) {
            return null;
          }
          List<String> out = new ArrayList<>((int) names.getArraySize());
          for (long i = 0; i < names.getArraySize(); i++) {
            out.add(names.getArrayElement(i).asString());
          }
          return List.copyOf(out);
        });
  }

  @Override
  public boolean isAwaitable(Value value) {
    return helper("is_awaitable").execute(value).asBoolean();
  }

  @Override
  public Value runAwaitable(Value awaitable) {
    return helper("run_awaitable").execute(awaitable);
  }

  @Override
  public ErrorInfo errorInfo(Value exception) {
    Value info = helper("error_info").execute(exception);
    Value rawFrames = info.getArrayElement(2);
    List<Frame> frames = new ArrayList<>((int) rawFrames.getArraySize());
    for (long i = 0; i < rawFrames.getArraySize(); i++) {
      Value f = rawFrames.getArrayElement(i);
      Value line = f.getArrayElement(1);
      frames.add(
          new Frame(
              f.getArrayElement(0).asString(),
              line.isNumber() ? line.asInt() : -1,
              f.getArrayElement(2).asString()));
    }
    int line = -1;
    int column = -1;
    if (exception.hasMember("lineno") && exception.hasMember("offset")) {
      Value l = exception.getMember("lineno");
      Value c = exception.getMember("offset");
      line = l != null && l.isNumber() ? l.asInt() : -1;
      column = c != null && c.isNumber() ? c.asInt() : -1;
    }
    return new ErrorInfo(
        info.getArrayElement(0).asString(),
        info.getArrayElement(1).asString(),
        frames,
        line,
        column);
  }
}
