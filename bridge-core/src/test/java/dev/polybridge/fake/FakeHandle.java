package dev.polybridge.fake;

import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.TypeRef;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A guest value without a guest: an object whose attributes live in a map, a callable whose body is
 * a Java function, or a plain value such as a number or a string. Every guest operation the code
 * under test asks for is appended to one log shared by a value and everything reached from it, in a
 * compact form ({@code "has name"}, {@code "invoke greet('Hi')"}, {@code "as java.lang.String"}),
 * so a test can assert exactly what reached the guest.
 *
 * <p>It converts nothing: {@code as(...)} returns the stored Java value (or the handle itself for
 * an object or callable) and logs the type it was asked for. Handles are equal only to themselves.
 *
 * <pre>{@code
 * FakeHandle ada = FakeHandle.object(Language.PYTHON, "Person")
 *     .with("name", "Ada")
 *     .method("greet", call -> call.arg(0) + ", Ada");
 * ada.invoke("greet", "Hi").as(String.class);   // "Hi, Ada"; log: [invoke greet('Hi'), as java.lang.String]
 * }</pre>
 *
 * <p>Thread-safety: none; a test uses a fake from one thread.
 */
public class FakeHandle implements Handle {

  /** What a fake callable received: positional arguments, then keyword arguments in order. */
  public record Call(List<Object> args, Map<String, Object> kwargs) {

    /** The positional argument at {@code index}. */
    public Object arg(int index) {
      return args.get(index);
    }

    /** {@code (1, 'a'; unit='cm')}: the arguments as the log shows them. */
    @Override
    public String toString() {
      return render(args, kwargs);
    }
  }

  private final Language language;
  private final String typeName;
  private final List<String> log;
  private final boolean converting;
  private final Map<String, Object> attributes = new LinkedHashMap<>();
  private final Function<Call, Object> body;
  private final boolean isValue;
  private final Object value;
  private String str;

  FakeHandle(
      Language language,
      String typeName,
      List<String> log,
      boolean converting,
      Function<Call, Object> body,
      boolean isValue,
      Object value) {
    this.language = language;
    this.typeName = typeName;
    this.log = log;
    this.converting = converting;
    this.body = body;
    this.isValue = isValue;
    this.value = value;
    this.str = isValue ? String.valueOf(value) : "<" + typeName + " object>";
  }

  /** A guest object of type {@code typeName}, with no attributes yet and a log of its own. */
  public static FakeHandle object(Language language, String typeName) {
    return new FakeHandle(language, typeName, new ArrayList<>(), false, null, false, null);
  }

  /** A guest function running {@code body}, with a log of its own. */
  public static FakeHandle function(Language language, Function<Call, Object> body) {
    return new FakeHandle(language, "function", new ArrayList<>(), false, body, false, null);
  }

  /** This value with attribute {@code name} set to {@code value}, without logging it. */
  public FakeHandle with(String name, Object value) {
    attributes.put(name, value);
    return this;
  }

  /** This value with a callable attribute {@code name} running {@code body}, not logged. */
  public FakeHandle method(String name, Function<Call, Object> body) {
    return with(name, child("method", body, false, null));
  }

  /** This value with {@code text} as its guest string form ({@code str()} / {@code String()}). */
  public FakeHandle str(String text) {
    this.str = text;
    return this;
  }

  /** The guest operations asked so far of this value and of everything reached from it. */
  public List<String> log() {
    return List.copyOf(log);
  }

  /** Forgets the operations logged so far (setting up a test is not what it asserts). */
  public void clearLog() {
    log.clear();
  }

  /** The attribute's stored Java value or handle, read without logging; null when absent. */
  public Object attribute(String name) {
    return attributes.get(name);
  }

  /** Whether the value has attribute {@code name}, asked without logging. */
  public boolean hasAttribute(String name) {
    return attributes.containsKey(name);
  }

  // ---- Handle: the operations the code under test may ask for, each logged ----

  @Override
  public Handle get(String name) {
    log.add("get " + name);
    return wrap(lookup(name));
  }

  @Override
  public void set(String name, Object value) {
    log.add("set " + name + " = " + render(value));
    attributes.put(name, value);
  }

  @Override
  public boolean has(String name) {
    log.add("has " + name);
    return attributes.containsKey(name);
  }

  @Override
  public Handle call(Object... args) {
    log.add("call" + render(Arrays.asList(args), Map.of()));
    return wrap(run(args, Map.of()));
  }

  @Override
  public Handle callKw(Map<String, ?> kwargs, Object... args) {
    log.add("callKw" + render(Arrays.asList(args), kwargs));
    return wrap(run(args, kwargs));
  }

  @Override
  public Handle invoke(String method, Object... args) {
    log.add("invoke " + method + render(Arrays.asList(args), Map.of()));
    return wrap(callable(method).run(args, Map.of()));
  }

  @Override
  public Handle invokeKw(String method, Map<String, ?> kwargs, Object... args) {
    log.add("invokeKw " + method + render(Arrays.asList(args), kwargs));
    return wrap(callable(method).run(args, kwargs));
  }

  @Override
  public <T> T as(Class<T> type) {
    log.add("as " + type.getTypeName());
    return unchecked(javaValue());
  }

  @Override
  public <T> T as(TypeRef<T> type) {
    log.add("as " + type.type().getTypeName());
    return unchecked(javaValue());
  }

  @Override
  public boolean isNull() {
    return isValue && value == null;
  }

  @Override
  public boolean isCallable() {
    return body != null;
  }

  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  public Language language() {
    return language;
  }

  @Override
  public String toString() {
    return str;
  }

  // ---- what the binder never needs: a call here is a test failure that says so ----

  @Override
  public Handle newInstance(Object... args) {
    throw unused("newInstance");
  }

  @Override
  public Handle getItem(Object key) {
    throw unused("getItem");
  }

  @Override
  public void setItem(Object key, Object value) {
    throw unused("setItem");
  }

  @Override
  public long size() {
    throw unused("size");
  }

  @Override
  public Iterator<Handle> iterator() {
    throw unused("iterator");
  }

  // ---- shared with FakeConvertingHandle ----

  /** The stored attribute, or the guest's "no such attribute" failure. */
  Object lookup(String name) {
    if (!attributes.containsKey(name)) {
      throw new IllegalStateException(typeName + " object has no attribute '" + name + "'");
    }
    return attributes.get(name);
  }

  /** The callable attribute {@code name}, or the guest's "not callable" failure. */
  FakeHandle callable(String name) {
    Object attribute = lookup(name);
    if (!(attribute instanceof FakeHandle) || !((FakeHandle) attribute).isCallable()) {
      throw new IllegalStateException("'" + name + "' of " + typeName + " is not callable");
    }
    return (FakeHandle) attribute;
  }

  /** Runs this callable's body; returns its Java result. */
  Object run(Object[] args, Map<String, ?> kwargs) {
    if (body == null) {
      throw new IllegalStateException(typeName + " object is not callable");
    }
    return body.apply(
        new Call(
            Collections.unmodifiableList(new ArrayList<>(Arrays.asList(args))),
            Collections.unmodifiableMap(new LinkedHashMap<>(kwargs))));
  }

  /** The Java value {@code as(...)} gives: the stored value, or this handle for anything else. */
  Object javaValue() {
    return isValue ? value : this;
  }

  void record(String operation) {
    log.add(operation);
  }

  static String render(List<?> args, Map<String, ?> kwargs) {
    List<String> parts = new ArrayList<>();
    for (Object a : args) {
      parts.add(render(a));
    }
    String text = String.join(", ", parts);
    if (!kwargs.isEmpty()) {
      List<String> kw = new ArrayList<>();
      kwargs.forEach((k, v) -> kw.add(k + "=" + render(v)));
      text = text + "; " + String.join(", ", kw);
    }
    return "(" + text + ")";
  }

  static String render(Object v) {
    if (v instanceof String) {
      return "'" + v + "'";
    }
    if (v instanceof FakeHandle) {
      return "<" + ((FakeHandle) v).typeName + ">";
    }
    if (v != null && v.getClass().isArray()) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < Array.getLength(v); i++) {
        items.add(render(Array.get(v, i)));
      }
      return "[" + String.join(", ", items) + "]";
    }
    return String.valueOf(v);
  }

  private Handle wrap(Object v) {
    return v instanceof FakeHandle ? (FakeHandle) v : child(describe(v), null, true, v);
  }

  private FakeHandle child(String type, Function<Call, Object> fn, boolean plain, Object v) {
    return converting
        ? new FakeConvertingHandle(language, type, log, fn, plain, v)
        : new FakeHandle(language, type, log, false, fn, plain, v);
  }

  private static String describe(Object v) {
    return v == null ? "null" : v.getClass().getSimpleName();
  }

  @SuppressWarnings("unchecked")
  private static <T> T unchecked(Object o) {
    return (T) o;
  }

  private UnsupportedOperationException unused(String operation) {
    return new UnsupportedOperationException(
        "FakeHandle does not model " + operation + ": the code under test was not expected to ask");
  }
}
