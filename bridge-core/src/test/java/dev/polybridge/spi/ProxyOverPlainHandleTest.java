package dev.polybridge.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.Language;
import dev.polybridge.fake.FakeHandle;
import dev.polybridge.fake.FakeHandle.Call;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The proxy contract over a plain {@link dev.polybridge.Handle}, and what the proxy asks of it: an
 * operation, then {@code as(TypeRef)} with the method's generic return type.
 */
class ProxyOverPlainHandleTest extends ProxyContractTest {

  interface Report {
    Map<String, List<Long>> getScores();

    List<String> names(int max);

    int count();
  }

  @Override
  FakeHandle object(Language language, String typeName) {
    return FakeHandle.object(language, typeName);
  }

  @Override
  FakeHandle function(Language language, Function<Call, Object> body) {
    return FakeHandle.function(language, body);
  }

  @Test
  void getterReadsTheAttributeAndAsksForTheGenericReturnType() {
    FakeHandle report = python("Report").with("scores", Map.of("ada", List.of(3L)));

    bind(report, Report.class).getScores();

    assertEquals(
        List.of(
            "has scores",
            "get scores",
            "as java.util.Map<java.lang.String, java.util.List<java.lang.Long>>"),
        report.log());
  }

  @Test
  void methodIsResolvedOnItsFirstCallAndLaterCallsGoStraightToTheGuest() {
    FakeHandle report = python("Report").method("names", call -> List.of("Ada"));
    Report bound = bind(report, Report.class);

    bound.names(2);
    bound.names(3);

    assertEquals(
        List.of(
            "has names",
            "get names",
            "invoke names(2)",
            "as java.util.List<java.lang.String>",
            "invoke names(3)",
            "as java.util.List<java.lang.String>"),
        report.log());
  }

  @Test
  void pythonTriesEachNameInOrderUntilOneExists() {
    FakeHandle person = python("Person").with("display_name", "ADA");

    bind(person, Person.class).getDisplayName();

    assertEquals(
        List.of("has displayName", "has display_name", "get display_name", "as java.lang.String"),
        person.log());
  }

  @Test
  void primitiveResultIsAskedForAsThePrimitiveType() {
    FakeHandle report = js("Report").with("count", 4);

    bind(report, Report.class).count();

    assertEquals(List.of("has count", "get count", "get count", "as int"), report.log());
  }

  @Test
  void voidMethodAsksForNoConversion() {
    FakeHandle club = python("Club").method("reset", call -> null);

    bind(club, Club.class).reset();

    assertEquals(List.of("has reset", "get reset", "invoke reset()"), club.log());
  }

  @Test
  void handleResultAsksForNoConversion() {
    FakeHandle club = python("Club").method("leader", call -> python("Member"));

    bind(club, Club.class).leader();

    assertEquals(List.of("has leader", "get leader", "invoke leader()"), club.log());
  }

  @Test
  void setterWritesWithoutReadingTheAttribute() {
    FakeHandle person = python("Person").with("name", "Ada");

    bind(person, Person.class).setName("Grace");

    assertEquals(List.of("has name", "set name = 'Grace'"), person.log());
  }

  @Test
  void setterOfAMissingAttributeTriesEveryNameThenWritesTheFirst() {
    FakeHandle item = python("Item");

    bind(item, Accessors.class).setNickname("Ace");

    assertEquals(
        List.of("has nickname", "has setNickname", "has set_nickname", "set nickname = 'Ace'"),
        item.log());
  }

  @Test
  void setterResolvedToTheGuestsSetterMethodInvokesIt() {
    FakeHandle speaker = python("Speaker").method("set_volume", call -> null);

    bind(speaker, Accessors.class).setVolume(7);

    assertEquals(
        List.of(
            "has volume",
            "has setVolume",
            "has set_volume",
            "get set_volume",
            "invoke set_volume(7)"),
        speaker.log());
  }

  @Test
  void keywordMethodIsCalledWithInvokeKw() {
    FakeHandle shop = python("Shop").method("format", call -> "12.50 EUR");

    bind(shop, Prices.class).format(12.5, "EUR");

    assertEquals(
        List.of(
            "has format",
            "get format",
            "invokeKw format(12.5; currency='EUR')",
            "as java.lang.String"),
        shop.log());
  }

  @Test
  void functionIsCalledWithoutLookingUpAnyAttribute() {
    FakeHandle scorer = function(Language.PYTHON, call -> 3);
    FakeHandle formatter = function(Language.PYTHON, call -> "x       ");

    bind(scorer, Scorer.class).score("abc");
    bind(formatter, KeywordFormatter.class).format("x", 8);

    assertEquals(List.of("call('abc')", "as int"), scorer.log());
    assertEquals(List.of("callKw('x'; width=8)", "as java.lang.String"), formatter.log());
  }
}
