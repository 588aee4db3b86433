package dev.polybridge.graal.isolation;

import dev.polybridge.Language;
import java.util.List;

/** The limits of isolated contexts, run against JavaScript (GraalJS). */
class JsLimitsTest extends GuestLimitsTest {

  @Override
  Language language() {
    return Language.JS;
  }

  @Override
  String printOut(String text) {
    return "console.log('" + text + "')";
  }

  @Override
  String printErr(String text) {
    return "console.error('" + text + "')";
  }

  @Override
  List<String> singleStatements() {
    return List.of("var x = 1", "var y = 2", "var z = 3");
  }

  @Override
  String millionStatements() {
    return "let n = 0; for (let i = 0; i < 1000000; i++) { n++; }";
  }

  @Override
  String smallAllocation() {
    return "new Array(1000).fill(1.5).length";
  }
}
