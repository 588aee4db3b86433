package dev.polybridge.graal.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.BindingException;
import dev.polybridge.Kw;
import dev.polybridge.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The binding contract on JavaScript (GraalJS), which has no keyword arguments or snake_case. */
class JsBindingContractTest extends BindingContractTest {

  @Override
  Language language() {
    return Language.JS;
  }

  @Override
  List<String> namesTriedForVanish() {
    return List.of("vanish");
  }

  @Override
  List<String> namesTriedForGetShadow() {
    return List.of("shadow", "getShadow");
  }

  @Override
  List<String> namesTriedForFadeAway() {
    return List.of("fadeAway");
  }

  @Override
  String stringTypeName() {
    return "string";
  }

  @Override
  String nullMethodCallGuestType() {
    return "TypeError";
  }

  @Override
  String identityLiteral() {
    return "(x) => x";
  }

  interface Prices {
    String formatPrice(double amount, @Kw String currency);
  }

  @Test
  void kwParameterOnAJavaScriptMethodIsRefusedWithAClearMessage() {
    Prices prices = fixture().as(Prices.class);

    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> prices.formatPrice(12.5, "USD"));

    assertEquals(
        "JavaScript functions take no keyword arguments; pass the values positionally with"
            + " call/invoke, or as one object argument (a Java Map becomes a JS object)",
        e.getMessage());
  }

  interface Spelling {
    int fooBar();
  }

  @Test
  void camelCaseNameHasNoSnakeCaseFallback() {
    Spelling s = context().eval("({foo_bar: 1})").as(Spelling.class);

    BindingException e = assertThrows(BindingException.class, s::fooBar);

    assertEquals(
        "JavaScript Object object has no attribute for this method (tried 'fooBar'). Add it to"
            + " the guest object, or name it with @GuestName\n    for method Spelling.fooBar",
        e.getMessage());
  }
}
