package dev.polybridge.graal.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.GuestName;
import dev.polybridge.Handle;
import dev.polybridge.Kw;
import dev.polybridge.Language;
import dev.polybridge.spi.ConvertingHandle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The binding contract on Python (GraalPy), and what only Python has: keyword arguments. */
class PythonBindingContractTest extends BindingContractTest {

  @Override
  Language language() {
    return Language.PYTHON;
  }

  @Override
  List<String> namesTriedForVanish() {
    return List.of("vanish");
  }

  @Override
  List<String> namesTriedForGetShadow() {
    return List.of("shadow", "getShadow", "get_shadow");
  }

  @Override
  List<String> namesTriedForFadeAway() {
    return List.of("fadeAway", "fade_away");
  }

  @Override
  String stringTypeName() {
    return "str";
  }

  @Override
  String nullMethodCallGuestType() {
    return "AttributeError";
  }

  @Override
  String identityLiteral() {
    return "lambda x: x";
  }

  // ---- keyword arguments ----

  interface Prices {
    @GuestName("format_price")
    String format(double amount);

    String formatPrice(double amount, @Kw String currency);

    @GuestName("format_price")
    String formatPrecisely(
        double amount, @Kw @GuestName("precision") int digits, @Kw String currency);

    @GuestName("kwargs_of")
    String kwargsOf(@Kw String label, @Kw Integer count);
  }

  Prices prices() {
    return fixture().as(Prices.class);
  }

  @Test
  void kwParameterIsPassedAsAKeywordArgumentUnderItsCompiledName() {
    assertEquals("12.50 USD", prices().formatPrice(12.5, "USD"));
  }

  @Test
  void kwParameterIsPassedUnderItsGuestNameAndOmittedOnesKeepTheirDefaults() {
    assertEquals("12.500 GBP", prices().formatPrecisely(12.5, 3, "GBP"));
    assertEquals("12.50 EUR", prices().format(12.5));
  }

  @Test
  void nullKwArgumentArrivesAsNone() {
    assertEquals("{'label': None, 'count': 3}", prices().kwargsOf(null, 3));
    assertEquals("{'label': 'x', 'count': None}", prices().kwargsOf("x", null));
  }

  // ---- snake_case fallback ----

  interface Spelling {
    int fooBar();

    int getBazQux();
  }

  @Test
  void camelCaseNameFallsBackToSnakeCase() {
    Spelling s =
        context()
            .eval("__import__('types').SimpleNamespace(foo_bar=1, baz_qux=2)")
            .as(Spelling.class);

    assertEquals(1, s.fooBar());
    assertEquals(2, s.getBazQux());
  }

  @Test
  void exactCamelCaseNameWinsOverItsSnakeCaseForm() {
    Spelling s =
        context()
            .eval("__import__('types').SimpleNamespace(fooBar=10, foo_bar=1, bazQux=20, baz_qux=2)")
            .as(Spelling.class);

    assertEquals(10, s.fooBar());
    assertEquals(20, s.getBazQux());
  }

  // ---- integer results, invoked by a function per method name ----

  interface Counter {
    int inc(int x);

    long total(int a, int b, int c, int d, int e, int f, int g, int h, int i);

    @GuestName("not-an-identifier")
    int odd();

    @GuestName("lambda")
    int keyword();
  }

  private Handle counterObject() {
    return context()
        .eval(
            "(lambda ns: (setattr(ns, 'not-an-identifier', lambda: 7), setattr(ns, 'lambda',"
                + " lambda: 8), ns)[2])(__import__('types').SimpleNamespace(inc=lambda x: x + 1,"
                + " total=lambda *a: sum(a)))");
  }

  @Test
  void anIntMethodReassignedBetweenCallsIsTheNewOne() {
    Handle target = counterObject();
    Counter counter = target.as(Counter.class);
    assertEquals(42, counter.inc(41));
    target.set("inc", context().eval("lambda x: x * 10"));
    assertEquals(40, counter.inc(4));
  }

  @Test
  void intMethodsWithNineArgumentsOrANameThatIsNoIdentifierOrAKeyword() {
    Counter counter = counterObject().as(Counter.class);
    assertEquals(45L, counter.total(1, 2, 3, 4, 5, 6, 7, 8, 9));
    assertEquals(7, counter.odd());
    assertEquals(8, counter.keyword());
  }

  @Test
  void intMethodsOfThreeHundredNamesPastTheInvokersKept() {
    ConvertingHandle ns =
        (ConvertingHandle)
            context()
                .eval(
                    "__import__('types').SimpleNamespace(**{'m%d' % i: (lambda i=i: i) for i in"
                        + " range(300)})");
    for (int i = 0; i < 300; i++) {
      assertEquals(i, ns.invokeAs(Integer.class, "m" + i));
    }
  }
}
