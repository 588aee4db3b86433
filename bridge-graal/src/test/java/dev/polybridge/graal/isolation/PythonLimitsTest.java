package dev.polybridge.graal.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.ExecutionTimeoutException;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits of isolated contexts, run against Python (GraalPy). */
class PythonLimitsTest extends GuestLimitsTest {

  @Override
  Language language() {
    return Language.PYTHON;
  }

  @Override
  String printOut(String text) {
    return "print('" + text + "')";
  }

  @Override
  String printErr(String text) {
    return "import sys\nprint('" + text + "', file=sys.stderr)";
  }

  @Override
  List<String> singleStatements() {
    return List.of("x = 1", "y = 2", "z = 3");
  }

  @Override
  String millionStatements() {
    return "n = 0\nfor i in range(1000000):\n    n += 1";
  }

  @Override
  String smallAllocation() {
    return "len([1.5] * 1000)";
  }

  @Test
  void sleepPastTheTimeoutIsInterruptedAndTheContextStillWorks() {
    try (GuestContext context = withTimeout()) {
      assertInterruptedByTimeout(
          assertThrows(
              ExecutionTimeoutException.class, () -> support(context).invoke("sleep_an_hour")));
      assertEquals(42, context.eval("6 * 7").as(Integer.class));
    }
  }
}
