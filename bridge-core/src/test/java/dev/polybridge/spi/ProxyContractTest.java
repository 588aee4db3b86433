package dev.polybridge.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.BindingException;
import dev.polybridge.GuestName;
import dev.polybridge.Handle;
import dev.polybridge.Kw;
import dev.polybridge.Language;
import dev.polybridge.fake.FakeHandle;
import dev.polybridge.fake.FakeHandle.Call;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What a proxy from {@link InterfaceBinder#bind} does, written once and run over both kinds of
 * handle a backend may give: a plain {@link Handle} ({@link ProxyOverPlainHandleTest}) and a {@link
 * ConvertingHandle} with one-step paths ({@link ProxyOverConvertingHandleTest}). Each subclass also
 * asserts the exact guest operations its kind of handle is asked for.
 *
 * <p>The interfaces are package-private, as users often write them, in a package other than the
 * binder's, so their {@code default} methods take the binder's private-lookup path; {@link
 * Greeting} is public and takes {@code InvocationHandler.invokeDefault}.
 */
abstract class ProxyContractTest {

  // ---- the interfaces users write ----

  interface Person {
    String getName();

    void setName(String name);

    int getAge();

    boolean isActive();

    String greet(String greeting);

    @GuestName("shout")
    String yell(String text);

    String describe();

    String title();

    @GuestName("is_frozen")
    boolean frozen();

    String getDisplayName();

    String formatAge(String unit);

    default String introduction() {
      return "I am " + getName() + ", " + getAge();
    }

    default String risky() throws IOException {
      throw new IOException("the default body threw " + getName());
    }
  }

  /** Public, so its default method is run by {@code InvocationHandler.invokeDefault}. */
  public interface Greeting {
    String getName();

    default String hello(String greeting) {
      return greeting + ", " + getName();
    }

    default String risky() throws IOException {
      throw new IOException("the public default body threw " + getName());
    }
  }

  interface Accessors {
    Boolean isPresent();

    String isReady();

    String getURL();

    String getFirstName();

    String getTitle();

    Handle getOnClick();

    String getNickname();

    void setNickname(String nickname);

    void setVolume(int volume);

    @GuestName("unit_price")
    void setPrice(double price);

    @GuestName("set_speed")
    void setSpeed(int speed);
  }

  interface Prices {
    String format(double amount, @Kw String currency);

    String formatUnit(double amount, @Kw @GuestName("unit_name") String unit);

    String label(@Kw String first, int position, @Kw String last);

    String tagged(@Kw String tag, String... parts);

    String tags(@Kw String... tags);
  }

  interface Variadic {
    String total(int... xs);

    String join(String sep, String... parts);
  }

  interface Scorer {
    int score(String text);
  }

  /** Still functional: a default method and a re-declared Object method are not abstract. */
  interface DoublingScorer {
    int score(String text);

    default int doubled(String text) {
      return 2 * score(text);
    }

    @Override
    String toString();
  }

  interface KeywordFormatter {
    String format(String text, @Kw int width);
  }

  /** Two abstract methods: never a function. */
  interface NamedScorer {
    String getName();

    int score(String text);
  }

  interface Titled {
    String title();
  }

  interface Club {
    Handle leader();

    void reset();
  }

  interface Ghost {
    String vanish(int times);

    String getShadow();

    String fadeAway();
  }

  // ---- what a kind of handle supplies ----

  /** A guest object of that kind of handle. */
  abstract FakeHandle object(Language language, String typeName);

  /** A guest function of that kind of handle. */
  abstract FakeHandle function(Language language, Function<Call, Object> body);

  FakeHandle python(String typeName) {
    return object(Language.PYTHON, typeName);
  }

  FakeHandle js(String typeName) {
    return object(Language.JS, typeName);
  }

  FakeHandle ada(Language language) {
    return object(language, "Person")
        .with("name", "Ada")
        .with("age", 36)
        .with("active", true)
        .method("greet", call -> call.arg(0) + ", Ada")
        .method("shout", call -> ((String) call.arg(0)).toUpperCase() + "!")
        .method("describe", call -> "Ada (36)")
        .with("title", "Countess")
        .with("is_frozen", false)
        .str("Person(Ada)");
  }

  static <T> T bind(Handle handle, Class<T> iface) {
    return InterfaceBinder.bind(handle, iface);
  }

  static Function<Call, Object> echo() {
    return Call::toString;
  }

  // ---- getters and setters ----

  @Test
  void getterReadsTheAttributeNamedAfterIt() {
    Person ada = bind(ada(Language.PYTHON), Person.class);

    assertEquals("Ada", ada.getName());
    assertEquals(36, ada.getAge());
  }

  @Test
  void isGetterReadsABooleanAttribute() {
    FakeHandle handle = python("Item").with("present", true);

    assertTrue(bind(ada(Language.JS), Person.class).isActive());
    assertEquals(Boolean.TRUE, bind(handle, Accessors.class).isPresent());
  }

  @Test
  void isMethodThatDoesNotReturnABooleanIsAnOrdinaryMethod() {
    FakeHandle handle = js("Item").with("ready", true).method("isReady", call -> "ready, really");

    assertEquals("ready, really", bind(handle, Accessors.class).isReady());
  }

  @Test
  void getterLowercasesOnlyTheFirstLetterOfItsAttribute() {
    FakeHandle handle = js("Item").with("firstName", "Ada").with("FirstName", "wrong");

    assertEquals("Ada", bind(handle, Accessors.class).getFirstName());
  }

  @Test
  void getterOfAnAcronymKeepsItsCapitalsAndPythonFallsBackToLowerCase() {
    FakeHandle jsItem = js("Item").with("URL", "file:///js").with("uRL", "wrong");
    FakeHandle pyItem = python("Item").with("url", "file:///py");

    assertEquals("file:///js", bind(jsItem, Accessors.class).getURL());
    assertEquals("file:///py", bind(pyItem, Accessors.class).getURL());
  }

  @Test
  void getterWhoseGuestHasOnlyTheMethodFormCallsIt() {
    FakeHandle jsItem = js("Item").method("getTitle", call -> "js title" + call);
    FakeHandle pyItem = python("Item").method("get_title", call -> "py title" + call);

    assertEquals("js title()", bind(jsItem, Accessors.class).getTitle());
    assertEquals("py title()", bind(pyItem, Accessors.class).getTitle());
  }

  @Test
  void getterReadsACallableAttributeWithoutCallingIt() {
    List<Call> calls = new ArrayList<>();
    FakeHandle handle =
        js("Button")
            .method(
                "onClick",
                call -> {
                  calls.add(call);
                  return null;
                });

    Handle onClick = bind(handle, Accessors.class).getOnClick();

    assertSame(handle.attribute("onClick"), onClick);
    assertTrue(onClick.isCallable());
    assertEquals(List.of(), calls);
  }

  @Test
  void setterWritesTheAttributeTheGetterThenReads() {
    FakeHandle handle = ada(Language.PYTHON);
    Person ada = bind(handle, Person.class);

    ada.setName("Grace");

    assertEquals("Grace", handle.attribute("name"));
    assertEquals("Grace", ada.getName());
  }

  @Test
  void setterWithGuestNameWritesThatAttribute() {
    FakeHandle handle = python("Item").with("unit_price", 1.0).with("price", 1.0);

    bind(handle, Accessors.class).setPrice(2.5);

    assertEquals(2.5, handle.attribute("unit_price"));
    assertEquals(1.0, handle.attribute("price"));
  }

  @Test
  void setterOfAnAttributeTheGuestLacksCreatesIt() {
    FakeHandle pyItem = python("Item");
    FakeHandle jsItem = js("Item");

    bind(pyItem, Accessors.class).setNickname("Ace");
    bind(jsItem, Accessors.class).setNickname("Ace");

    assertEquals("Ace", pyItem.attribute("nickname"));
    assertEquals("Ace", jsItem.attribute("nickname"));
    assertEquals("Ace", bind(jsItem, Accessors.class).getNickname());
  }

  @Test
  void setterWithGuestNameCreatesThatAttribute() {
    FakeHandle handle = python("Item");

    bind(handle, Accessors.class).setPrice(2.5);

    assertEquals(2.5, handle.attribute("unit_price"));
    assertFalse(handle.hasAttribute("price"));
  }

  @Test
  void setterWhoseGuestHasOnlyASetterMethodCallsItInsteadOfOverwritingIt() {
    List<Call> calls = new ArrayList<>();
    FakeHandle handle =
        python("Speaker")
            .method(
                "set_volume",
                call -> {
                  calls.add(call);
                  return null;
                });
    Object setterMethod = handle.attribute("set_volume");

    bind(handle, Accessors.class).setVolume(7);

    assertEquals("[(7)]", calls.toString());
    assertSame(setterMethod, handle.attribute("set_volume"));
    assertFalse(handle.hasAttribute("volume"));
  }

  @Test
  void setterNamedAfterItsOwnMethodFormCallsThatMethod() {
    List<Call> calls = new ArrayList<>();
    FakeHandle handle =
        python("Speaker")
            .with("speed", 1)
            .method(
                "set_speed",
                call -> {
                  calls.add(call);
                  return null;
                });
    Object setterMethod = handle.attribute("set_speed");

    bind(handle, Accessors.class).setSpeed(9);

    assertEquals("[(9)]", calls.toString());
    assertSame(setterMethod, handle.attribute("set_speed"));
    assertEquals(1, handle.attribute("speed"));
  }

  // ---- other methods ----

  @Test
  void methodCallsTheGuestMethodOfTheSameNameWithItsArguments() {
    FakeHandle handle = js("Calculator").method("greet", echo());

    assertEquals("('Hello')", bind(handle, Person.class).greet("Hello"));
  }

  @Test
  void zeroParameterMethodCallsACallableAttribute() {
    assertEquals("Ada (36)", bind(ada(Language.JS), Person.class).describe());
  }

  @Test
  void zeroParameterMethodReadsAnAttributeThatIsNotCallable() {
    assertEquals("Countess", bind(ada(Language.PYTHON), Person.class).title());
  }

  @Test
  void guestNameOverridesTheMethodName() {
    FakeHandle handle =
        ada(Language.PYTHON)
            .method(
                "yell",
                call -> {
                  throw new AssertionError("yell must not be called: @GuestName says shout");
                });

    assertEquals("LOUD!", bind(handle, Person.class).yell("loud"));
  }

  @Test
  void guestNamedZeroParameterMethodReadsAFlag() {
    assertFalse(bind(ada(Language.PYTHON), Person.class).frozen());
  }

  @Test
  void pythonFallsBackFromCamelCaseToSnakeCase() {
    FakeHandle handle =
        python("Person")
            .with("display_name", "ADA")
            .method("format_age", call -> "36 " + call.arg(0));
    Person ada = bind(handle, Person.class);

    assertEquals("ADA", ada.getDisplayName());
    assertEquals("36 years", ada.formatAge("years"));
  }

  @Test
  void pythonPrefersTheExactSpellingToTheSnakeCaseForm() {
    FakeHandle handle =
        python("Person")
            .with("displayName", "exact")
            .with("display_name", "snake")
            .method("formatAge", call -> "exact")
            .method("format_age", call -> "snake");
    Person ada = bind(handle, Person.class);

    assertEquals("exact", ada.getDisplayName());
    assertEquals("exact", ada.formatAge("years"));
  }

  @Test
  void javaScriptHasNoSnakeCaseFallback() {
    FakeHandle handle = js("Person").method("format_age", call -> "snake");
    Person p = bind(handle, Person.class);

    BindingException e = assertThrows(BindingException.class, () -> p.formatAge("years"));

    assertEquals(
        "JavaScript Person object has no attribute for this method (tried 'formatAge')."
            + " Add it to the guest object, or name it with @GuestName\n"
            + "    for method Person.formatAge",
        e.getMessage());
  }

  @Test
  void guestNameIsTheOnlyNameTriedEvenForPython() {
    FakeHandle handle = python("Person").method("yell", call -> "yell");
    Person p = bind(handle, Person.class);

    BindingException e = assertThrows(BindingException.class, () -> p.yell("x"));

    assertEquals(
        "Python Person object has no attribute for this method (tried 'shout')."
            + " Add it to the guest object, or name it with @GuestName\n"
            + "    for method Person.yell",
        e.getMessage());
  }

  @Test
  void missingAttributeOfAPythonObjectNamesTheMethodAndEveryNameTried()
      throws NoSuchMethodException {
    Ghost ghost = bind(python("Person"), Ghost.class);

    BindingException vanish = assertThrows(BindingException.class, () -> ghost.vanish(1));
    BindingException shadow = assertThrows(BindingException.class, ghost::getShadow);
    BindingException fade = assertThrows(BindingException.class, ghost::fadeAway);

    assertEquals(missing("Python Person", "vanish", "'vanish'"), vanish.getMessage());
    assertEquals(
        missing("Python Person", "getShadow", "'shadow', 'getShadow', 'get_shadow'"),
        shadow.getMessage());
    assertEquals(
        missing("Python Person", "fadeAway", "'fadeAway', 'fade_away'"), fade.getMessage());
    assertEquals(Ghost.class.getMethod("vanish", int.class), vanish.method());
    assertEquals(Ghost.class.getMethod("getShadow"), shadow.method());
  }

  @Test
  void missingAttributeOfAJavaScriptObjectNamesTheMethodAndEveryNameTried() {
    Ghost ghost = bind(js("Person"), Ghost.class);

    BindingException vanish = assertThrows(BindingException.class, () -> ghost.vanish(1));
    BindingException shadow = assertThrows(BindingException.class, ghost::getShadow);
    BindingException fade = assertThrows(BindingException.class, ghost::fadeAway);

    assertEquals(missing("JavaScript Person", "vanish", "'vanish'"), vanish.getMessage());
    assertEquals(
        missing("JavaScript Person", "getShadow", "'shadow', 'getShadow'"), shadow.getMessage());
    assertEquals(missing("JavaScript Person", "fadeAway", "'fadeAway'"), fade.getMessage());
  }

  static String missing(String guest, String method, String tried) {
    return guest
        + " object has no attribute for this method (tried "
        + tried
        + "). Add it to the guest object, or name it with @GuestName\n    for method Ghost."
        + method;
  }

  // ---- keyword and variable arguments ----

  @Test
  void kwParameterIsPassedAsAKeywordArgumentUnderItsCompiledName() {
    FakeHandle handle = python("Shop").method("format", echo());

    assertEquals("(12.5; currency='EUR')", bind(handle, Prices.class).format(12.5, "EUR"));
  }

  @Test
  void kwParameterWithGuestNameIsPassedUnderThatName() {
    FakeHandle handle = python("Shop").method("formatUnit", echo());

    assertEquals("(2.0; unit_name='kg')", bind(handle, Prices.class).formatUnit(2.0, "kg"));
  }

  @Test
  void positionalArgumentsKeepTheirOrderAndKeywordsTheirDeclarationOrder() {
    FakeHandle handle = python("Shop").method("label", echo());

    assertEquals("(3; first='A', last='Z')", bind(handle, Prices.class).label("A", 3, "Z"));
  }

  @Test
  void kwParametersOfAFunctionAreKeywordArgumentsOfTheCall() {
    FakeHandle fn = function(Language.PYTHON, echo());

    assertEquals("('x'; width=8)", bind(fn, KeywordFormatter.class).format("x", 8));
  }

  @Test
  void varargsAreSpreadIntoSeparateGuestArguments() {
    FakeHandle handle = js("Module").method("total", echo()).method("join", echo());
    Variadic v = bind(handle, Variadic.class);

    assertEquals("(1, 2, 3)", v.total(1, 2, 3));
    assertEquals("()", v.total());
    assertEquals("('-', 'a', 'b')", v.join("-", "a", "b"));
    assertEquals("('-')", v.join("-"));
  }

  @Test
  void aNullVarargsArrayIsPassedAsOneNullArgument() {
    FakeHandle handle = js("Module").method("join", echo());

    assertEquals("('-', null)", bind(handle, Variadic.class).join("-", (String[]) null));
  }

  @Test
  void varargsAfterAKwParameterAreSpreadToo() {
    FakeHandle handle = python("Shop").method("tagged", echo());

    assertEquals("('a', 'b'; tag='t')", bind(handle, Prices.class).tagged("t", "a", "b"));
    assertEquals("(; tag='t')", bind(handle, Prices.class).tagged("t"));
  }

  @Test
  void kwVarargsArePassedAsOneKeywordArgumentHoldingTheArray() {
    FakeHandle handle = python("Shop").method("tags", echo());

    assertEquals("(; tags=['a', 'b'])", bind(handle, Prices.class).tags("a", "b"));
  }

  // ---- default methods ----

  @Test
  void defaultMethodOfAPackagePrivateInterfaceRunsItsJavaBody() {
    assertEquals("I am Ada, 36", bind(ada(Language.PYTHON), Person.class).introduction());
  }

  @Test
  void defaultMethodOfAPublicInterfaceRunsItsJavaBody() {
    assertEquals("Hi, Ada", bind(ada(Language.JS), Greeting.class).hello("Hi"));
  }

  @Test
  void defaultMethodThrowsItsOwnCheckedExceptionUnwrapped() {
    Person person = bind(ada(Language.PYTHON), Person.class);
    Greeting greeting = bind(ada(Language.PYTHON), Greeting.class);

    IOException fromPackagePrivate = assertThrows(IOException.class, person::risky);
    IOException fromPublic = assertThrows(IOException.class, greeting::risky);

    assertEquals("the default body threw Ada", fromPackagePrivate.getMessage());
    assertEquals("the public default body threw Ada", fromPublic.getMessage());
  }

  // ---- toString, equals, hashCode ----

  @Test
  void toStringIsTheGuestsOwnStringForm() {
    assertEquals("Person(Ada)", bind(ada(Language.PYTHON), Person.class).toString());
  }

  @Test
  void reDeclaredToStringIsStillTheGuestsOwnStringForm() {
    FakeHandle fn = function(Language.JS, call -> 3).str("function measure");

    assertEquals("function measure", bind(fn, DoublingScorer.class).toString());
  }

  @Test
  void hashCodeIsTheBoundHandlesHashCode() {
    FakeHandle handle = ada(Language.PYTHON);

    assertEquals(handle.hashCode(), bind(handle, Person.class).hashCode());
  }

  @Test
  void proxiesOverTheSameHandleAreEqualAlsoAcrossInterfaces() {
    FakeHandle handle = ada(Language.PYTHON);
    Person first = bind(handle, Person.class);

    assertEquals(first, first);
    assertEquals(first, bind(handle, Person.class));
    assertTrue(first.equals(bind(handle, Greeting.class)));
  }

  @Test
  void proxiesOverDifferentHandlesAreNotEqual() {
    assertNotEquals(
        bind(ada(Language.PYTHON), Person.class), bind(ada(Language.PYTHON), Person.class));
  }

  @Test
  void aProxyIsNotEqualToNullToOtherObjectsOrToAnotherHandlersProxy() {
    Person ada = bind(ada(Language.PYTHON), Person.class);
    Object foreign =
        Proxy.newProxyInstance(
            Person.class.getClassLoader(), new Class<?>[] {Person.class}, (p, m, a) -> true);

    assertFalse(ada.equals(null));
    assertFalse(ada.equals("Person(Ada)"));
    assertFalse(ada.equals(foreign));
  }

  // ---- single-abstract-method interfaces ----

  @Test
  void singleAbstractMethodInterfaceOverACallableCallsTheValueItself() {
    FakeHandle fn = function(Language.PYTHON, call -> ((String) call.arg(0)).length());

    assertEquals(3, bind(fn, Scorer.class).score("abc"));
  }

  @Test
  void singleAbstractMethodInterfaceOverAnObjectCallsItsMethodOfThatName() {
    FakeHandle judge = python("Judge").method("score", call -> 30);

    assertEquals(30, bind(judge, Scorer.class).score("abc"));
  }

  @Test
  void defaultAndObjectMethodsDoNotStopAnInterfaceBindingAsAFunction() {
    FakeHandle fn = function(Language.JS, call -> ((String) call.arg(0)).length());

    assertEquals(6, bind(fn, DoublingScorer.class).doubled("abc"));
  }

  @Test
  void interfaceWithTwoAbstractMethodsBindsACallableAttributeByAttribute() {
    FakeHandle fn =
        function(Language.JS, call -> -1).with("name", "measure").method("score", call -> 7);
    NamedScorer scorer = bind(fn, NamedScorer.class);

    assertEquals("measure", scorer.getName());
    assertEquals(7, scorer.score("abc"));
  }

  // ---- results and resolution ----

  @Test
  void handleResultIsTheGuestValueItself() {
    FakeHandle leader = python("Member");
    FakeHandle club = python("Club").method("leader", call -> leader);

    assertSame(leader, bind(club, Club.class).leader());
  }

  @Test
  void voidMethodCallsTheGuestAndReturnsNothing() {
    List<Call> calls = new ArrayList<>();
    FakeHandle club =
        python("Club")
            .method(
                "reset",
                call -> {
                  calls.add(call);
                  return "ignored";
                });

    bind(club, Club.class).reset();

    assertEquals("[()]", calls.toString());
  }

  @Test
  void eachProxyResolvesItsOwnGuestObjectsAttributes() {
    Titled plain = bind(python("Book").with("title", "read"), Titled.class);
    Titled computed = bind(python("Book").method("title", call -> "called"), Titled.class);

    assertEquals("read", plain.title());
    assertEquals("called", computed.title());
    assertEquals("read", plain.title());
  }

  @Test
  void boundHandleIsGivenBackByHandleOf() {
    FakeHandle handle = ada(Language.PYTHON);

    assertSame(handle, InterfaceBinder.handleOf(bind(handle, Person.class)));
    assertNull(InterfaceBinder.handleOf(handle));
  }
}
