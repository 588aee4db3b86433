package dev.polybridge.graal.internal.lang;

import dev.polybridge.Language;
import dev.polybridge.graal.internal.lang.node.NodeFileSystem;
import dev.polybridge.graal.internal.lang.node.NodeRuntime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * JavaScript semantics of the handle operations and values, on GraalJS. JavaScript has no decimal,
 * date-only or duration type: a {@code BigDecimal} crosses as its exact text, local dates and times
 * as ISO-8601 text, a {@code Duration} as milliseconds.
 */
final class JsSupport extends GuestSupport {
  private static final String HELPERS = resource("helpers.js");

  /** JavaScript numbers are doubles: integers beyond 2^53 become BigInts, so no digit is lost. */
  private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  /** require, the core modules and the web globals of this context (lang.node). */
  private NodeRuntime node;

  JsSupport(LanguageHost host) {
    super(host, Language.JS);
  }

  /**
   * Installs the Node layer's stub: the layer, the event loop's globals and the helpers wait until
   * something needs them, so a context that only evaluates a snippet never loads them.
   */
  @Override
  public void start() {
    node =
        NodeRuntime.install(
            context(),
            NodeFileSystem.take(context()),
            host.jsModulePath(),
            host.stdout(),
            host.stderr(),
            HELPER_SOURCE_NAME,
            this::eventLoop);
  }

  /** The context's timers, made when the Node layer loads (see {@code bootstrap.js}). */
  private Object eventLoop() {
    JsEventLoop loop = new JsEventLoop(host);
    host.onClose(loop::close);
    return loop.functions(args -> helper("queue_microtask").execute((Object[]) args));
  }

  @Override
  Value loadHelpers() {
    return context().eval(source(HELPERS, HELPER_SOURCE_NAME));
  }

  /**
   * Polybridge's functions are called as bound functions ({@code f.bind(null)}): GraalJS runs every
   * {@code Value.execute} of a plain function of an engine through one call path, whose inline
   * caches the helpers would otherwise share with the user's functions. Measured with the JIT:
   * {@code (x) => x + 1} 32 ns when it is the only function called, 49 ns once sixteen others have
   * been, 39 ns when those were bound functions. See {@code PythonSupport.internalEntry}.
   */
  @Override
  Value internalEntry(Value function) {
    return function.invokeMember("bind", (Object) null);
  }

  @Override
  public void release() {
    super.release();
    node = null;
  }

  @Override
  public Value eval(String code) {
    return context().eval(source(code, "<eval>"));
  }

  @Override
  public Value importModule(String name) {
    return node.importModule(name);
  }

  @Override
  public Value global(String name) {
    node.touch(name);
    Value v = context().getBindings("js").getMember(name);
    return v == null ? nullValue() : v;
  }

  @Override
  public void setGlobal(String name, Object value) {
    node.touch(name);
    super.setGlobal(name, value);
  }

  // getAttr goes through JS itself, not Value.getMember: a JS Proxy's traps break the interop
  // invariants that getMember checks, and obj[name] is exactly what JavaScript means.

  @Override
  public Value callKw(Value target, Object kwargs, Object[] args) {
    throw noKeywords();
  }

  @Override
  public Value invokeKw(Value target, String method, Object kwargs, Object[] args) {
    throw noKeywords();
  }

  private static UnsupportedOperationException noKeywords() {
    return new UnsupportedOperationException(
        "JavaScript functions take no keyword arguments; pass the values positionally with"
            + " call/invoke, or as one object argument (a Java Map becomes a JS object)");
  }

  @Override
  public long size(Value target) {
    if (target.hasArrayElements()) {
      return target.getArraySize();
    }
    return super.size(target);
  }

  @Override
  public String str(Value value) {
    if (value.isString()) {
      return value.asString();
    }
    return super.str(value);
  }

  @Override
  public boolean isFloat(Value number) {
    return false;
  }

  @Override
  public boolean isList(Value value) {
    return value.hasArrayElements() && "Array".equals(typeName(value));
  }

  @Override
  public boolean isDict(Value value) {
    return value.hasHashEntries() || helper("is_dict").execute(value).asBoolean();
  }

  @Override
  public boolean isExactInteger(long value) {
    return value <= MAX_SAFE_INTEGER && value >= -MAX_SAFE_INTEGER;
  }

  @Override
  public void putEntry(Value dict, Object key, Object value) {
    dict.putMember(String.valueOf(key), value);
  }

  @Override
  public Object javaNull() {
    return null;
  }

  @Override
  public Object instant(OffsetDateTime time) {
    return helper("new_date").execute(time.toInstant().toEpochMilli());
  }

  @Override
  public Object localDateTime(LocalDateTime time) {
    return time.toString();
  }

  @Override
  public Object localDate(LocalDate date) {
    return date.toString();
  }

  @Override
  public Object localTime(LocalTime time) {
    return time.toString();
  }

  @Override
  public Object duration(Duration duration) {
    return duration.toMillis();
  }

  @Override
  public Duration durationOf(Value v) {
    return v.isNumber() && v.fitsInLong() ? Duration.ofMillis(v.asLong()) : null;
  }

  @Override
  public String durationForm() {
    return "a number of milliseconds";
  }

  @Override
  public Object decimal(BigDecimal value) {
    return value.toString();
  }

  @Override
  public String decimalText(Value value) {
    return null;
  }

  @Override
  public Value guestClass(String qualifiedName) {
    return null;
  }

  @Override
  public List<String> parameterNames(String qualifiedName) {
    return null;
  }

  @Override
  public boolean isAwaitable(Value value) {
    return false;
  }

  @Override
  public Value runAwaitable(Value awaitable) {
    throw new UnsupportedOperationException("JavaScript promises settle on the event loop");
  }

  @Override
  public ErrorInfo errorInfo(Value exception) {
    Value info = helper("error_info").execute(exception);
    return new ErrorInfo(
        info.getArrayElement(0).asString(), info.getArrayElement(1).asString(), List.of(), -1, -1);
  }
}
