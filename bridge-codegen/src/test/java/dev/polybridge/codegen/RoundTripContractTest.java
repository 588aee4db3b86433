package dev.polybridge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Generates bindings for the round-trip fixture ({@code roundtrip/shop.py}), compiles them in
 * memory, loads them and calls every function of the module and every member of its class through
 * the bridge, asserting exact results. Run once for the module as written and once for its twin
 * with {@code from __future__ import annotations}, whose annotations are all strings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RoundTripContractTest {
  /** Every member of the generated module interface and of Cart; each test calls its own. */
  static final Set<String> MODULE_MEMBERS =
      Set.of(
          "maxItems",
          "currency",
          "totalPrice",
          "describe",
          "makeItem",
          "paint",
          "favourite",
          "origin",
          "norm",
          "movie",
          "movieTitle",
          "join",
          "scale",
          "counts",
          "unique",
          "find",
          "label",
          "countdown",
          "apply",
          "keep",
          "adder",
          "fetchPrice",
          "nextDay",
          "later",
          "rounded",
          "encode",
          "double_",
          "anything",
          "either",
          "log",
          "logged",
          "isValid",
          "newCart");

  static final Set<String> CART_MEMBERS =
      Set.of("getOwner", "setOwner", "add", "setDiscount", "total", "items", "getSize", "isEmpty");

  private Bridge bridge;
  private GenerationResult generated;
  private CompiledBindings bindings;
  private Object module;

  /** The fixture module's name. */
  abstract String moduleName();

  String packageName() {
    return "roundtrip." + moduleName();
  }

  @BeforeAll
  void generateCompileAndLoad() throws ReflectiveOperationException {
    bridge = Bridge.builder().pythonPath(TestResources.dir("roundtrip")).build();
    generated =
        Generator.render(
            GenerationRequest.builder()
                .module(moduleName())
                .packageName(packageName())
                .pythonPath(TestResources.dir("roundtrip"))
                .build(),
            bridge);
    Map<String, String> sources = new TreeMap<>();
    generated.files().forEach(f -> sources.put(f.typeName(), f.content()));
    InMemoryCompiler.Compilation compilation = InMemoryCompiler.compile(sources);
    assertEquals(List.of(), compilation.diagnostics());
    bindings = new CompiledBindings(compilation.loader(), packageName());
    module = moduleInterface().getMethod("load", GuestContext.class).invoke(null, bridge.python());
  }

  @AfterAll
  void closeBridge() {
    bridge.close();
  }

  // ---- the generated shape ----

  @Test
  void generationHasNoWarnings() {
    assertEquals(List.of(), generated.warnings());
  }

  @Test
  void generatedTypesAreTheModuleInterfaceTheRecordsTheEnumAndTheClassInterface() {
    List<String> types = generated.files().stream().map(GeneratedFile::typeName).toList();
    String p = packageName() + ".";
    String m = p + (moduleName().equals("shop") ? "Shop" : "ShopFuture");

    assertEquals(List.of(m, p + "Color", p + "Item", p + "Point", p + "Movie", p + "Cart"), types);
  }

  @Test
  void everyMemberOfTheModuleAndOfItsClassIsCalledByOneOfTheseTests() {
    assertEquals(new TreeSet<>(MODULE_MEMBERS), CompiledBindings.memberNames(moduleInterface()));
    assertEquals(new TreeSet<>(CART_MEMBERS), CompiledBindings.memberNames(type("Cart")));
  }

  // ---- attributes ----

  @Test
  void moduleAttributesReadTheirValues() throws Exception {
    assertEquals(100L, call("maxItems"));
    assertEquals("EUR", call("currency"));
  }

  // ---- records and enums, both directions ----

  @Test
  void dataclassCrossesIntoPythonAsItsClassAndBackAsTheRecord() throws Exception {
    Object red = constant("Color", "RED");

    assertEquals("2 x A1 at 2.50 (red)", call("describe", item("A1", 2.5, 2L, red)));
    assertEquals(item("B2", 1.25, 1L, null), call("makeItem", "B2", 1.25));
    assertEquals(item("B2", 1.25, 4L, null), call("makeItem", "B2", 1.25, 4L));
    assertEquals(item("B2", 1.25, 4L, red), call("makeItem", "B2", 1.25, 4L, red));
  }

  @Test
  void enumCrossesIntoPythonAsItsMemberAndBackAsTheConstant() throws Exception {
    assertEquals("Color.RED = 'red'", call("paint", constant("Color", "RED")));
    assertEquals(constant("Color", "GREEN"), call("favourite"));
  }

  @Test
  void namedTupleCrossesBothWays() throws Exception {
    Object point = record("Point", 3L, 4L);

    assertEquals(record("Point", 0L, 1L), call("origin"));
    assertEquals(record("Point", 5L, 6L), call("origin", 5L));
    assertEquals(7L, call("norm", point));
  }

  @Test
  void typedDictCrossesBothWays() throws Exception {
    assertEquals(record("Movie", "Alien", 1979L), call("movie", "Alien", 1979L));
    assertEquals("Alien (1979)", call("movieTitle", record("Movie", "Alien", 1979L)));
  }

  // ---- parameters ----

  @Test
  void defaultsTelescopeAndKeywordOnlyParametersArePassedByName() throws Exception {
    List<Object> items = List.of(item("A1", 2.0, 3L, null), item("B2", 4.0, 1L, null));

    assertEquals(10.0, call("totalPrice", items));
    assertEquals(9.0, call("totalPrice", items, 0.1));
    assertEquals(9.9, call("totalPrice", items, 0.1, 0.1));
  }

  @Test
  void varargsSpreadIntoStarArgsBesideAKeywordParameter() throws Exception {
    assertEquals("", call("join", "-"));
    assertEquals("A-B-C", call("join", "-", true, new String[] {"a", "b", "c"}));
    assertEquals("a+b", call("join", "+", false, new String[] {"a", "b"}));
  }

  @Test
  void overloadsCallTheSameFunctionWithEitherType() throws Exception {
    assertEquals(42L, callTyped("double_", new Class<?>[] {long.class}, 21L));
    assertEquals("abab", callTyped("double_", new Class<?>[] {String.class}, "ab"));
  }

  @Test
  void optionalParameterIsABoxedValueThatMayBeNull() throws Exception {
    assertEquals("anonymous", call("label"));
    assertEquals("anonymous", callTyped("label", new Class<?>[] {String.class}, (Object) null));
    assertEquals("Ada Lovelace", call("label", "ada lovelace"));
  }

  // ---- results ----

  @Test
  void containersConvertWithTheirElementTypes() throws Exception {
    assertEquals(List.of(1.5, 3.0), call("scale", List.of(1.0, 2.0), 1.5));
    assertEquals(Map.of("a", 2L, "b", 1L), call("counts", List.of("a", "b", "a")));
    assertEquals(Set.of(1L, 2L, 3L), call("unique", List.of(3L, 1L, 2L, 3L)));
    assertEquals(List.of("first", "second"), logAndRead("first", "second"));
  }

  @Test
  void optionalResultIsEmptyForNone() throws Exception {
    List<Object> items = List.of(item("A1", 2.0, 1L, null));

    assertEquals(Optional.of(item("A1", 2.0, 1L, null)), call("find", items, "A1"));
    assertEquals(Optional.empty(), call("find", items, "Z9"));
  }

  @Test
  void generatorBecomesALazyIterator() throws Exception {
    Iterator<?> it = (Iterator<?>) call("countdown", 3L);
    List<Object> seen = new ArrayList<>();
    it.forEachRemaining(seen::add);

    assertEquals(List.of(3L, 2L, 1L), seen);
  }

  @Test
  void callablesBecomePrimitiveFunctionalInterfacesBothWays() throws Exception {
    LongUnaryOperator triple = x -> x * 3;
    LongPredicate even = x -> x % 2 == 0;

    assertEquals(21L, call("apply", triple, 7L));
    assertEquals(List.of(2L, 4L), call("keep", List.of(1L, 2L, 3L, 4L), even));
    assertEquals(15L, ((LongUnaryOperator) call("adder", 10L)).applyAsLong(5));
  }

  @Test
  void coroutineResultIsACompletableFuture() throws Exception {
    CompletableFuture<?> price = (CompletableFuture<?>) call("fetchPrice", "A1");

    assertEquals(2.5, price.get());
  }

  @Test
  void datesDurationsDecimalsAndBytesUseJavaTypes() throws Exception {
    assertEquals(LocalDate.of(2024, 3, 1), call("nextDay", LocalDate.of(2024, 2, 29)));
    assertEquals(
        LocalDateTime.of(2024, 1, 1, 1, 30),
        call("later", LocalDateTime.of(2023, 12, 31, 23, 0), Duration.ofMinutes(150)));
    assertEquals(new BigDecimal("3.14"), call("rounded", new BigDecimal("3.14159")));
    assertEquals(new BigDecimal("3.1"), call("rounded", new BigDecimal("3.14159"), 1L));
    assertEquals("é!", new String((byte[]) call("encode", "é!"), "UTF-8"));
  }

  @Test
  void anyAndUnionsAreObjectsOfTheirNaturalJavaType() throws Exception {
    assertEquals(5, call("anything", 5));
    assertEquals(List.of("x"), call("anything", List.of("x")));
    assertEquals(-4, call("either", 4L));
    assertEquals("four", call("either", "four"));
  }

  @Test
  void booleanResult() throws Exception {
    assertEquals(true, call("isValid", "A1"));
    assertEquals(false, call("isValid", "AA"));
  }

  // ---- a class: factory, properties, setters, methods ----

  @Test
  void factoryMakesAnInstanceWhoseMembersWork() throws Exception {
    Object cart = call("newCart", "Ada");

    assertEquals("Ada", invoke(cart, "getOwner"));
    assertEquals(true, invoke(cart, "isEmpty"));
    assertEquals(1L, invoke(cart, "add", item("A1", 2.0, 3L, null)));
    assertEquals(2L, invoke(cart, "add", item("B2", 4.0, 1L, null)));
    assertEquals(2L, invoke(cart, "getSize"));
    assertEquals(false, invoke(cart, "isEmpty"));
    assertEquals(
        List.of(item("A1", 2.0, 3L, null), item("B2", 4.0, 1L, null)), invoke(cart, "items"));
    assertEquals(10.0, invoke(cart, "total"));
  }

  @Test
  void setterMethodIsCalledAndAttributeSetterAssigns() throws Exception {
    Object cart = call("newCart", "Ada");
    invoke(cart, "add", item("A1", 10.0, 1L, null));

    invoke(cart, "setDiscount", 25.0);
    invoke(cart, "setOwner", "Grace");

    assertEquals(7.5, invoke(cart, "total"));
    assertEquals("Grace", invoke(cart, "getOwner"));
  }

  @Test
  void keywordOnlyFactoryParameterAndAGuestErrorFromAMethod() throws Exception {
    Object cart = call("newCart", "Ada", 1L);
    invoke(cart, "add", item("A1", 1.0, 1L, null));

    GuestException e =
        assertThrows(GuestException.class, () -> invoke(cart, "add", item("B2", 1.0, 1L, null)));
    assertEquals("ValueError", e.guestType());
    assertEquals("the cart holds 1 items", e.guestMessage());
  }

  // ---- helpers: reflection over the classes compiled in memory ----

  private List<Object> logAndRead(String... messages) throws Exception {
    for (String m : messages) {
      assertEquals(null, call("log", m));
    }
    @SuppressWarnings("unchecked")
    List<Object> all = (List<Object>) call("logged");
    return all.subList(all.size() - messages.length, all.size());
  }

  Class<?> moduleInterface() {
    return type(moduleName().equals("shop") ? "Shop" : "ShopFuture");
  }

  private Class<?> type(String simpleName) {
    return bindings.type(simpleName);
  }

  private Object item(String sku, double price, long quantity, Object color) {
    return record("Item", sku, price, quantity, color);
  }

  private Object record(String simpleName, Object... components) {
    return bindings.record(simpleName, components);
  }

  private Object constant(String enumName, String name) {
    return bindings.constant(enumName, name);
  }

  private Object call(String method, Object... args) throws Exception {
    assertTrue(MODULE_MEMBERS.contains(method), method + " is not in MODULE_MEMBERS");
    return CompiledBindings.invoke(module, moduleInterface(), method, args);
  }

  private Object callTyped(String method, Class<?>[] types, Object... args) throws Exception {
    assertTrue(MODULE_MEMBERS.contains(method), method + " is not in MODULE_MEMBERS");
    return CompiledBindings.invoke(moduleInterface().getMethod(method, types), module, args);
  }

  private Object invoke(Object cart, String method, Object... args) throws Exception {
    assertTrue(CART_MEMBERS.contains(method), method + " is not in CART_MEMBERS");
    return CompiledBindings.invoke(cart, type("Cart"), method, args);
  }
}
