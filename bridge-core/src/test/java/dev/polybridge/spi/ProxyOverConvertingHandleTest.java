package dev.polybridge.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.Language;
import dev.polybridge.fake.FakeConvertingHandle;
import dev.polybridge.fake.FakeHandle;
import dev.polybridge.fake.FakeHandle.Call;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The proxy contract over a {@link ConvertingHandle}, and what the proxy asks of it: once resolved,
 * each call is one operation that also converts to the method's generic return type, except calls
 * with keyword arguments, which have no one-step form.
 */
class ProxyOverConvertingHandleTest extends ProxyContractTest {

  interface Report {
    Map<String, List<Long>> getScores();

    List<String> names(int max);

    int count();

    String join(String sep, String... parts);
  }

  @Override
  FakeHandle object(Language language, String typeName) {
    return FakeConvertingHandle.object(language, typeName);
  }

  @Override
  FakeHandle function(Language language, Function<Call, Object> body) {
    return FakeConvertingHandle.function(language, body);
  }

  @Test
  void getterReadsAndConvertsToTheGenericReturnTypeInOneStep() {
    FakeHandle report = python("Report").with("scores", Map.of("ada", List.of(3L)));

    bind(report, Report.class).getScores();

    assertEquals(
        List.of(
            "has scores",
            "getAs java.util.Map<java.lang.String, java.util.List<java.lang.Long>> scores"),
        report.log());
  }

  @Test
  void methodIsResolvedOnItsFirstCallAndLaterCallsAreOneStepEach() {
    FakeHandle report = python("Report").method("names", call -> List.of("Ada"));
    Report bound = bind(report, Report.class);

    bound.names(2);
    bound.names(3);

    assertEquals(
        List.of(
            "has names",
            "get names",
            "invokeAs java.util.List<java.lang.String> names(2)",
            "invokeAs java.util.List<java.lang.String> names(3)"),
        report.log());
  }

  @Test
  void zeroParameterMethodOverAPlainAttributeReadsItInOneStep() {
    FakeHandle report = js("Report").with("count", 4);

    bind(report, Report.class).count();

    assertEquals(List.of("has count", "get count", "getAs int count"), report.log());
  }

  @Test
  void varargsAreSpreadIntoTheOneStepCall() {
    FakeHandle report = js("Report").method("join", call -> "a-b");

    bind(report, Report.class).join("-", "a", "b");

    assertEquals(
        List.of("has join", "get join", "invokeAs java.lang.String join('-', 'a', 'b')"),
        report.log());
  }

  @Test
  void voidMethodAsksForVoid() {
    FakeHandle club = python("Club").method("reset", call -> "ignored");

    bind(club, Club.class).reset();

    assertEquals(List.of("has reset", "get reset", "invokeAs void reset()"), club.log());
  }

  @Test
  void handleResultIsAskedForAsHandle() {
    FakeHandle club = python("Club").method("leader", call -> python("Member"));

    bind(club, Club.class).leader();

    assertEquals(
        List.of("has leader", "get leader", "invokeAs dev.polybridge.Handle leader()"), club.log());
  }

  @Test
  void keywordMethodFallsBackToInvokeKwAndAs() {
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
  void functionIsCalledInOneStepUnlessItTakesKeywords() {
    FakeHandle scorer = function(Language.PYTHON, call -> 3);
    FakeHandle formatter = function(Language.PYTHON, call -> "x       ");

    bind(scorer, Scorer.class).score("abc");
    bind(formatter, KeywordFormatter.class).format("x", 8);

    assertEquals(List.of("callAs int('abc')"), scorer.log());
    assertEquals(List.of("callKw('x'; width=8)", "as java.lang.String"), formatter.log());
  }
}
