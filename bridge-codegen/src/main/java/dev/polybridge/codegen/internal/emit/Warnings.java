package dev.polybridge.codegen.internal.emit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The warnings of one generation, in the order they arose, each once. */
final class Warnings {
  private final Set<String> all = new LinkedHashSet<>();

  void add(String where, String text) {
    all.add(where + ": " + text);
  }

  void addAll(List<String> lines) {
    all.addAll(lines);
  }

  List<String> list() {
    return List.copyOf(new ArrayList<>(all));
  }
}
