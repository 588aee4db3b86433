package dev.polybridge.graal.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.BindingException;
import dev.polybridge.Bridge;
import dev.polybridge.BridgeException;
import dev.polybridge.ConversionException;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.GuestName;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How {@code as(Interface.class)} binds guest objects, written once and run per language by {@link
 * PythonBindingContractTest} and {@link JsBindingContractTest}. The fixtures ({@code
 * fixtures/binding/binding_fixture.py} and {@code .js}) define the same classes; where Python says
 * {@code display_name} JavaScript says {@code displayName}, so the same interfaces also exercise
 * Python's camelCase-to-snake_case fallback.
 */
abstract class BindingContractTest {

  // ---- the interfaces users write; none carries an annotation it does not need ----

  interface Person {
    String getName();

    void setName(String name);

    int getAge();

    void setAge(int age);

    boolean isActive();

    String greet(String greeting);

    @GuestName("shout")
    String yell(String text);

    String describe();

    String title();

    @GuestName("is_frozen")
    boolean frozen();

    Optional<String> getNickname();

    String getDisplayName();

    String formatAge(String unit);

    default String introduction() {
      return "I am " + getName() + ", " + getAge();
    }
  }

  interface Named {
    String getName();
  }

  /** Public, unlike the other interfaces here, which are package-private as users often write. */
  public interface Greeting {
    String getName();

    default String hello() {
      return "Hello, " + getName();
    }
  }

  record Entry(String key, int count) {}

  interface Club {
    List<Named> members();

    Named leader();

    Optional<Named> find(String name);

    Map<String, Named> byName();

    List<Entry> entries();

    Map<String, Entry> entriesByName();

    int total(List<Entry> entries);

    boolean hasMember(Named member);

    Function<Integer, Integer> makeDoubler();

    @GuestName("leader")
    Handle leaderHandle();

    int transform(Function<Integer, Integer> f, int x);

    Optional<String> nicknameOf(String name);
  }

  /** Binds the fixture module itself. */
  interface Functions {
    int measure(String text);

    int total(int... xs);

    String join(String sep, String... parts);

    Person newPerson(String name, int age);

    String formatPrice(double amount);

    String formatPrice(double amount, String currency);
  }

  interface Scorer {
    int score(String text);
  }

  /** Names a {@link Person} object does not have. */
  interface Ghost {
    String vanish(int times);

    String getShadow();

    String fadeAway();
  }

  interface Mistyped {
    int getName();
  }

  /** A class, which cannot be bound. */
  abstract static class Shape {
    abstract double area();
  }

  interface Picker {
    <T> T pick(String name);
  }

  static Bridge bridge;

  @BeforeAll
  static void openBridge() {
    bridge = BindingFixtures.bridgeBuilder().build();
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  // ---- what a language supplies ----

  abstract Language language();

  /**
   * The guest names the binder tries for {@link Ghost#vanish}, {@code getShadow}, {@code fadeAway}.
   */
  abstract List<String> namesTriedForVanish();

  abstract List<String> namesTriedForGetShadow();

  abstract List<String> namesTriedForFadeAway();

  /** The guest's type name of a string. */
  abstract String stringTypeName();

  /** The guest's exception type when {@code shout(null)} calls a method on null. */
  abstract String nullMethodCallGuestType();

  // ---- helpers ----

  Language otherLanguage() {
    return language() == Language.PYTHON ? Language.JS : Language.PYTHON;
  }

  GuestContext context() {
    return BindingFixtures.shared(bridge, language());
  }

  GuestContext otherContext() {
    return BindingFixtures.shared(bridge, otherLanguage());
  }

  Handle fixture() {
    return BindingFixtures.module(bridge, language());
  }

  Handle otherFixture() {
    return BindingFixtures.module(bridge, otherLanguage());
  }

  Handle personHandle(String name, int age) {
    return fixture().get("Person").newInstance(name, age);
  }

  Person person(String name, int age) {
    return personHandle(name, age).as(Person.class);
  }

  Club club() {
    return fixture().get("Club").newInstance().as(Club.class);
  }

  static List<String> names(List<Named> named) {
    List<String> out = new ArrayList<>();
    for (Named n : named) {
      out.add(n.getName());
    }
    return out;
  }

  static String missingMessage(String guest, String method, List<String> tried) {
    List<String> quoted = new ArrayList<>();
    for (String name : tried) {
      quoted.add("'" + name + "'");
    }
    return guest
        + " object has no attribute for this method (tried "
        + String.join(", ", quoted)
        + "). Add it to the guest object, or name it with @GuestName\n    for method Ghost."
        + method;
  }

  // ---- getters, setters, calls ----

  @Test
  void getterReadsTheAttributeOfTheSameName() {
    Person ada = person("Ada Lovelace", 36);

    assertEquals("Ada Lovelace", ada.getName());
    assertEquals(36, ada.getAge());
  }

  @Test
  void isGetterReadsABooleanAttribute() {
    assertTrue(person("Ada Lovelace", 36).isActive());
  }

  @Test
  void setterWritesTheAttributeAndGuestCodeSeesTheNewValue() {
    Handle handle = personHandle("Ada Lovelace", 36);
    Person p = handle.as(Person.class);

    p.setName("Grace Hopper");
    p.setAge(37);

    assertEquals("Grace Hopper", p.getName());
    assertEquals("Grace Hopper", handle.get("name").as(String.class));
    assertEquals("Hi, Grace Hopper", p.greet("Hi"));
    assertEquals("Grace Hopper (37)", p.describe());
  }

  @Test
  void otherMethodCallsTheGuestMethodOfTheSameNameWithConvertedArguments() {
    assertEquals("Hello, Ada Lovelace", person("Ada Lovelace", 36).greet("Hello"));
  }

  @Test
  void noArgumentMethodWhoseAttributeIsCallableCallsIt() {
    assertEquals("Ada Lovelace (36)", person("Ada Lovelace", 36).describe());
  }

  @Test
  void noArgumentMethodWhoseAttributeIsNotCallableReadsIt() {
    assertEquals("Countess", person("Ada Lovelace", 36).title());
  }

  @Test
  void guestNameOverridesTheMethodName() {
    assertEquals("LOUD!", person("Ada Lovelace", 36).yell("loud"));
  }

  @Test
  void guestNamedNoArgumentMethodReadsAFlag() {
    assertFalse(person("Ada Lovelace", 36).frozen());
  }

  @Test
  void camelCaseGetterAndMethodFindTheGuestsOwnSpelling() {
    Person ada = person("Ada Lovelace", 36);

    assertEquals("ADA LOVELACE", ada.getDisplayName());
    assertEquals("36 years", ada.formatAge("years"));
  }

  @Test
  void optionalGetterIsEmptyForTheGuestsNull() {
    assertEquals(Optional.empty(), person("Ada Lovelace", 36).getNickname());
  }

  @Test
  void defaultMethodRunsItsJavaBodyOverTheBoundMethods() {
    assertEquals("I am Ada Lovelace, 36", person("Ada Lovelace", 36).introduction());
  }

  @Test
  void defaultMethodOfAPublicInterfaceRunsItsJavaBody() {
    assertEquals(
        "Hello, Ada Lovelace", personHandle("Ada Lovelace", 36).as(Greeting.class).hello());
  }

  @Test
  void varargsAreSpreadIntoSeparateGuestArguments() {
    Functions f = fixture().as(Functions.class);

    assertEquals(6, f.total(1, 2, 3));
    assertEquals(0, f.total());
    assertEquals("a-b-c", f.join("-", "a", "b", "c"));
    assertEquals("", f.join("-"));
  }

  @Test
  void omittedArgumentsTakeTheGuestsDefaultValues() {
    Functions f = fixture().as(Functions.class);

    assertEquals("12.50 EUR", f.formatPrice(12.5));
    assertEquals("12.50 USD", f.formatPrice(12.5, "USD"));
  }

  // ---- generic signatures, nested values, nested interfaces ----

  @Test
  void listResultOfNestedInterfacesBindsEachElement() {
    List<Named> members = club().members();

    assertEquals(2, members.size());
    assertEquals(List.of("Ada", "Grace"), names(members));
  }

  @Test
  void interfaceResultIsBoundToo() {
    Person grace = fixture().as(Functions.class).newPerson("Grace Hopper", 37);

    assertEquals("Grace Hopper", grace.getName());
    assertEquals("Hi, Grace Hopper", grace.greet("Hi"));
  }

  @Test
  void noArgumentMethodReturningASingleMethodInterfaceCallsTheGuestMethod() {
    Named leader = club().leader();

    assertEquals("Ada", leader.getName());
  }

  @Test
  void optionalResultHoldsTheBoundValueOrIsEmpty() {
    Club club = club();

    assertEquals("Grace", club.find("Grace").orElseThrow().getName());
    assertEquals(Optional.empty(), club.find("Nobody"));
    assertEquals(Optional.of("Amazing Grace"), club.nicknameOf("Grace"));
    assertEquals(Optional.empty(), club.nicknameOf("Ada"));
  }

  @Test
  void mapResultOfInterfacesKeepsKeysInOrderAndBindsValues() {
    Map<String, Named> byName = club().byName();

    assertEquals(List.of("Ada", "Grace"), new ArrayList<>(byName.keySet()));
    assertEquals("Ada", byName.get("Ada").getName());
    assertEquals("Grace", byName.get("Grace").getName());
  }

  @Test
  void listResultOfRecordsConvertsEachElementByComponentName() {
    assertEquals(List.of(new Entry("Ada", 3), new Entry("Grace", 5)), club().entries());
  }

  @Test
  void mapResultOfRecordsConvertsEachValue() {
    Map<String, Entry> entries = club().entriesByName();

    assertEquals(Map.of("Ada", new Entry("Ada", 3), "Grace", new Entry("Grace", 5)), entries);
    assertEquals(List.of("Ada", "Grace"), new ArrayList<>(entries.keySet()));
  }

  @Test
  void listOfRecordsArgumentArrivesAsGuestDictsOrObjects() {
    assertEquals(10, club().total(List.of(new Entry("x", 4), new Entry("y", 6))));
  }

  @Test
  void boundProxyPassedBackInIsTheSameGuestObject() {
    Club club = club();
    Named stranger = fixture().get("Member").newInstance("Ada", 3).as(Named.class);

    assertTrue(club.hasMember(club.members().get(0)));
    assertTrue(club.hasMember(club.find("Grace").orElseThrow()));
    assertFalse(club.hasMember(stranger));
  }

  @Test
  void javaLambdaArgumentIsCallableByTheGuest() {
    assertEquals(42, club().transform(x -> x + 1, 41));
  }

  @Test
  void noArgumentMethodReturningAFunctionCallsTheGuestFactory() {
    Function<Integer, Integer> doubler = club().makeDoubler();

    assertEquals(42, doubler.apply(21));
  }

  @Test
  void noArgumentMethodReturningHandleCallsTheGuestMethod() {
    Handle leader = club().leaderHandle();

    assertEquals("Ada", leader.get("name").as(String.class));
  }

  // ---- single-abstract-method interfaces ----

  @Test
  void singleMethodInterfaceOverACallableCallsTheValueItself() {
    Scorer scorer = fixture().get("measure").as(Scorer.class);

    assertEquals(3, scorer.score("abc"));
  }

  @Test
  void singleMethodInterfaceOverAnObjectCallsItsMethod() {
    Scorer scorer = fixture().get("Judge").newInstance().as(Scorer.class);

    assertEquals(30, scorer.score("abc"));
  }

  // ---- Object methods ----

  @Test
  void toStringIsTheGuestsOwnStringForm() {
    assertEquals("Person(Ada Lovelace)", person("Ada Lovelace", 36).toString());
    assertEquals("Member(Ada)", club().members().get(0).toString());
  }

  @Test
  void proxiesOfTheSameGuestObjectAreEqualAndHashAlike() {
    Club club = club();
    Named first = club.members().get(0);
    Named second = club.members().get(0);
    Named third = club.byName().get("Ada");

    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertEquals(first, third);
    assertEquals(first.hashCode(), third.hashCode());
    assertEquals(first, club.find("Ada").orElseThrow());
    assertEquals(first, first);
  }

  @Test
  void proxiesOfDifferentGuestObjectsAreNotEqual() {
    Club club = club();

    Named ada = club.members().get(0);

    assertNotEquals(ada, club.members().get(1));
    assertNotEquals(ada, club().members().get(0));
    assertFalse(ada.equals("Ada"));
    assertFalse(ada.equals(null));
  }

  // ---- errors ----

  @Test
  void missingAttributeFailsAtCallTimeNamingTheMethodAndTheNamesTried() {
    String guest = language().displayName() + " Person";
    Ghost ghost = personHandle("Ada Lovelace", 36).as(Ghost.class);
    assertNotNull(ghost);

    BridgeException vanish = assertThrows(BridgeException.class, () -> ghost.vanish(1));
    BridgeException shadow = assertThrows(BridgeException.class, ghost::getShadow);
    BridgeException fade = assertThrows(BridgeException.class, ghost::fadeAway);

    assertEquals(missingMessage(guest, "vanish", namesTriedForVanish()), vanish.getMessage());
    assertEquals(missingMessage(guest, "getShadow", namesTriedForGetShadow()), shadow.getMessage());
    assertEquals(missingMessage(guest, "fadeAway", namesTriedForFadeAway()), fade.getMessage());
  }

  @Test
  void missingAttributeErrorIsABindingExceptionForTheMethod() throws NoSuchMethodException {
    Ghost ghost = personHandle("Ada Lovelace", 36).as(Ghost.class);

    BindingException e = assertThrows(BindingException.class, () -> ghost.vanish(1));

    assertEquals(Ghost.class.getMethod("vanish", int.class), e.method());
  }

  @Test
  void classInsteadOfAnInterfaceIsRefusedAtBindTime() {
    Handle ada = personHandle("Ada Lovelace", 36);

    BindingException e = assertThrows(BindingException.class, () -> ada.as(Shape.class));

    assertEquals(
        "Shape is a class; only interfaces can be bound to guest objects. Declare an interface"
            + " with the methods you need, register a TypeConverter for Shape on"
            + " Bridge.builder().converter(...), or ask for Handle.",
        e.getMessage());
    assertNull(e.method());
  }

  @Test
  void genericMethodIsRefusedAtBindTimeNamingTheMethod() throws NoSuchMethodException {
    Handle ada = personHandle("Ada Lovelace", 36);

    BindingException e = assertThrows(BindingException.class, () -> ada.as(Picker.class));

    assertEquals(
        "a generic method cannot be bound: its result type is only known at the call site."
            + " Declare a concrete result type, or return Handle and convert with as(...)\n"
            + "    for method Picker.pick",
        e.getMessage());
    assertEquals(Picker.class.getMethod("pick", String.class), e.method());
  }

  @Test
  void resultOfTheWrongTypeFailsWithAConversionException() {
    Mistyped m = personHandle("Ada Lovelace", 36).as(Mistyped.class);

    ConversionException e = assertThrows(ConversionException.class, m::getName);

    assertEquals(
        "Cannot convert "
            + language().displayName()
            + " "
            + stringTypeName()
            + " Ada Lovelace to int: it is not a number",
        e.getMessage());
    assertEquals(stringTypeName(), e.guestType());
    assertEquals(int.class, e.targetType());
    assertEquals("", e.path());
  }

  @Test
  void guestErrorInABoundMethodPropagatesAsAGuestException() {
    Person ada = person("Ada Lovelace", 36);

    GuestException e = assertThrows(GuestException.class, () -> ada.yell(null));

    assertEquals(nullMethodCallGuestType(), e.guestType());
    assertEquals(language(), e.language());
  }

  // ---- handles between the languages of one bridge ----

  @Test
  void functionOfTheOtherLanguageIsCallableHere() {
    Handle otherMeasure = otherFixture().get("measure");

    assertEquals(4, fixture().invoke("apply", otherMeasure, "abcd").as(Integer.class));
  }

  @Test
  void objectOfTheOtherLanguageHasItsAttributesVisibleHere() {
    Handle otherPerson = otherFixture().get("Person").newInstance("Ada Lovelace", 36);

    assertEquals("Ada Lovelace", fixture().invoke("name_of", otherPerson).as(String.class));
  }

  @Test
  void objectOfTheOtherLanguageBindsToAnInterfaceHere() {
    Handle otherPerson = otherFixture().get("Person").newInstance("Ada Lovelace", 36);
    Handle passedThrough =
        fixture().invoke("apply", context().eval(identityLiteral()), otherPerson);

    assertEquals("Hi, Ada Lovelace", passedThrough.as(Person.class).greet("Hi"));
  }

  /** A guest function returning its argument. */
  abstract String identityLiteral();

  @Test
  void javaLambdaSetAsAGlobalIsCallableFromBothLanguages() {
    Function<Integer, Integer> triple = x -> x * 3;
    String name = "triple_" + language().id();

    context().setGlobal(name, triple);
    otherContext().setGlobal(name, triple);

    assertEquals(42, context().eval(name + "(14)").as(Integer.class));
    assertEquals(42, otherContext().eval(name + "(14)").as(Integer.class));
    assertEquals(42, otherFixture().invoke("apply", context().global(name), 14).as(Integer.class));
  }
}
