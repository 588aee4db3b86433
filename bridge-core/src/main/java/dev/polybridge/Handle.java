package dev.polybridge;

import java.util.Map;

/**
 * A reference to a value living in a guest language: a module, a function, an object, a number.
 *
 * <pre>{@code
 * Handle json = bridge.python().importModule("json");
 * String text = json.invoke("dumps", Map.of("a", List.of(1, 2))).as(String.class); // {"a": [1, 2]}
 * Handle parsed = json.invokeKw("loads", Map.of("parse_float", decimal), text);
 * }</pre>
 *
 * <p>Operations mean what they mean in the guest: {@link #get} is attribute access ({@code
 * obj.name}), {@link #getItem} is subscript ({@code obj[key]}), {@link #call} calls it, {@link
 * #toString} is Python's {@code str(x)} or JavaScript's {@code String(x)}. Java arguments are
 * converted to native guest values (a {@code Map} arrives as a {@code dict}); handles passed back
 * in are passed through unchanged. Results come back as handles; {@link #as(Class)} converts them
 * to Java values by the conversion table in the README.
 *
 * <p>Errors: a guest exception becomes a {@link GuestException}; using a handle after its context
 * was closed throws {@link IllegalStateException}.
 *
 * <p>Thread-safety: a handle may be used from any thread, platform or virtual. Calls into one
 * context are serialized by the bridge; use separate contexts (or a {@link ContextPool}) for
 * parallel work.
 *
 * <p>Equality: two handles are equal when they refer to the same guest object (Python {@code is},
 * JavaScript {@code ===} for objects).
 */
public interface Handle extends Iterable<Handle> {

  /** Reads attribute {@code name}: Python {@code obj.name}, JavaScript {@code obj[name]}. */
  Handle get(String name);

  /**
   * Writes attribute {@code name}: Python {@code obj.name = value}, JS {@code obj[name] = value}.
   */
  void set(String name, Object value);

  /**
   * Whether the value has attribute {@code name}: Python {@code hasattr}, JS {@code name in obj}.
   */
  boolean has(String name);

  /** Calls this value with positional arguments. */
  Handle call(Object... args);

  /**
   * Calls this value with keyword arguments (Python only): {@code f(*args, **kwargs)}.
   *
   * @throws UnsupportedOperationException on a JavaScript value, which takes no keyword arguments
   */
  Handle callKw(Map<String, ?> kwargs, Object... args);

  /** Calls method {@code method}: a bound-method call in Python, {@code this}-bound in JS. */
  Handle invoke(String method, Object... args);

  /**
   * Calls method {@code method} with keyword arguments (Python only).
   *
   * @throws UnsupportedOperationException on a JavaScript value
   */
  Handle invokeKw(String method, Map<String, ?> kwargs, Object... args);

  /** Instantiates this class or constructor: Python {@code Cls(*args)}, JS {@code new Cls(...)}. */
  Handle newInstance(Object... args);

  /** Subscript: Python {@code obj[key]}, JS {@code obj[key]}. */
  Handle getItem(Object key);

  /** Subscript assignment: Python {@code obj[key] = value}, JS {@code obj[key] = value}. */
  void setItem(Object key, Object value);

  /**
   * The size: Python {@code len(obj)}; in JS the {@code length} of an array, typed array or string,
   * the {@code size} of a {@code Map} or {@code Set}, or the number of own enumerable keys of an
   * object.
   */
  long size();

  /**
   * Converts this value to {@code type}: by value for the types of the conversion table, as a
   * dynamic proxy for other interfaces. Java values passed in (arguments, {@link #set}, {@link
   * GuestContext#toGuest}) go the other way by the same table.
   *
   * <table>
   *   <caption>The conversion table (Python / JavaScript; both directions unless noted)</caption>
   *   <tr><th>guest</th><th>Java</th></tr>
   *   <tr><td>int / integral number, BigInt</td><td>{@code int}, {@code long}, {@code short},
   *       {@code byte}, {@code BigInteger}: exact; a value that does not fit throws
   *       {@code ConversionException}, never truncates</td></tr>
   *   <tr><td>float / number</td><td>{@code double}, {@code float}</td></tr>
   *   <tr><td>str / string</td><td>{@code String}, {@code char} (one character), an {@code enum}
   *       constant by name</td></tr>
   *   <tr><td>bool / boolean</td><td>{@code boolean}</td></tr>
   *   <tr><td>None / null, undefined</td><td>{@code null}; {@code Optional.empty()}</td></tr>
   *   <tr><td>bytes, bytearray / Uint8Array, ArrayBuffer</td><td>{@code byte[]}</td></tr>
   *   <tr><td>list, tuple / Array</td><td>{@code List<T>}, {@code T[]}, primitive arrays</td></tr>
   *   <tr><td>dict / Object, Map</td><td>{@code Map<K,V>}; a {@code record} by component
   *       names</td></tr>
   *   <tr><td>set / Set</td><td>{@code Set<T>}</td></tr>
   *   <tr><td>datetime, date, time / Date</td><td>{@code Instant}, {@code ZonedDateTime}, {@code
   *       OffsetDateTime}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime}</td></tr>
   *   <tr><td>timedelta / number of ms</td><td>{@code Duration}</td></tr>
   *   <tr><td>Decimal / string or number</td><td>{@code BigDecimal}</td></tr>
   *   <tr><td>an instance of a {@link GuestClass} class (Python)</td><td>the record or enum
   *       annotated with it</td></tr>
   *   <tr><td>any iterable, iterator, generator</td><td>{@code Iterator<T>}, {@code Stream<T>},
   *       lazily (guest to Java)</td></tr>
   *   <tr><td>callable / function</td><td>any functional interface; a Java lambda becomes a
   *       guest callable</td></tr>
   *   <tr><td>Promise, awaitable</td><td>{@code CompletableFuture<T>} (guest to Java)</td></tr>
   *   <tr><td>anything, for {@code Object}</td><td>the natural Java type: {@code Integer},
   *       {@code Long} or {@code BigInteger} by size, {@code Double}, {@code String}, {@code
   *       Boolean}, {@code List}, {@code Map} (insertion order), {@code null}, else a {@code
   *       Handle}</td></tr>
   *   <tr><td>any object, for another interface</td><td>a dynamic proxy (see {@link
   *       dev.polybridge.spi.InterfaceBinder})</td></tr>
   * </table>
   *
   * <p>A {@link TypeConverter} registered on the bridge comes before the table. A value nested
   * deeper than 1,000 levels, or one that contains itself, throws a {@code ConversionException}
   * whose {@link ConversionException#path()} shows where, and the context stays usable.
   *
   * <pre>{@code
   * List<Long> xs = py.eval("[1, 2, 3]").as(new TypeRef<List<Long>>() {});
   * Order order = py.eval("make_order()").as(Order.class);   // a record, or a proxy of an interface
   * }</pre>
   *
   * @throws ConversionException if the value cannot become {@code type}
   */
  <T> T as(Class<T> type);

  /** Converts this value to a generic type, for example {@code List<Map<String, Long>>}. */
  <T> T as(TypeRef<T> type);

  /** Whether the value is Python {@code None} or JS {@code null}/{@code undefined}. */
  boolean isNull();

  /** Whether the value can be called with {@link #call}. */
  boolean isCallable();

  /**
   * The guest's name for the value's type, such as {@code "dict"}, {@code "Array"}, {@code
   * "number"}.
   */
  String typeName();

  /** The language the value lives in. */
  Language language();

  /** The guest's own string form: Python {@code str(x)}, JavaScript {@code String(x)}. */
  @Override
  String toString();
}
