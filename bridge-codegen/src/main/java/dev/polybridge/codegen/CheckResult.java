package dev.polybridge.codegen;

import java.util.List;

/**
 * How the sources in an output directory compare with what would be generated.
 *
 * <pre>{@code
 * CheckResult c = Generator.check(request);
 * if (!c.upToDate()) throw new IllegalStateException(c.report());
 * }</pre>
 *
 * @param changes every added, changed and removed type and member, by type then member
 * @param warnings the generation's warnings
 * @param strict whether the request was strict
 */
public record CheckResult(List<Change> changes, List<String> warnings, boolean strict) {
  public CheckResult {
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
  }

  /** True when nothing differs. */
  public boolean upToDate() {
    return changes.isEmpty();
  }

  /** True when the sources differ, or the request was strict and there are warnings. */
  public boolean failed() {
    return !changes.isEmpty() || strict && !warnings.isEmpty();
  }

  /** The changes, one per line, and what to do about them; empty when up to date. */
  public String report() {
    if (changes.isEmpty()) {
      return "";
    }
    StringBuilder sb =
        new StringBuilder("The generated Python bindings are out of date (")
            .append(changes.size())
            .append(changes.size() == 1 ? " difference" : " differences")
            .append("):\n");
    for (Change c : changes) {
      sb.append("  ").append(c).append('\n');
    }
    return sb.append("Regenerate them (run without --check) and commit the result.").toString();
  }
}
