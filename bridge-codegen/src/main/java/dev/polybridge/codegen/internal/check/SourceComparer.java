package dev.polybridge.codegen.internal.check;

import dev.polybridge.codegen.Change;
import dev.polybridge.codegen.Change.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares generated sources with those in an output directory, type by type and, within a type
 * both have, member by member. A type whose text differs only where no member or declaration does
 * (imports, blank lines) is reported as changed.
 */
public final class SourceComparer {
  private SourceComparer() {}

  /**
   * @param wanted qualified type name to the source that would be generated
   * @param present qualified type name to the generated source found in the output directory
   */
  public static List<Change> compare(Map<String, String> wanted, Map<String, String> present) {
    List<Change> out = new ArrayList<>();
    TreeSet<String> types = new TreeSet<>(wanted.keySet());
    types.addAll(present.keySet());
    for (String type : types) {
      String now = wanted.get(type);
      String before = present.get(type);
      if (before == null) {
        out.add(new Change(Kind.ADDED, type, null));
      } else if (now == null) {
        out.add(new Change(Kind.REMOVED, type, null));
      } else if (!now.equals(before)) {
        int size = out.size();
        members(type, MemberScanner.scan(now), MemberScanner.scan(before), out);
        if (out.size() == size) {
          out.add(new Change(Kind.CHANGED, type, null));
        }
      }
    }
    return out;
  }

  private static void members(
      String type, MemberScanner.Scanned now, MemberScanner.Scanned before, List<Change> out) {
    if (!now.declaration().equals(before.declaration())) {
      out.add(new Change(Kind.CHANGED, type, null));
    }
    for (Map.Entry<String, String> m : now.members().entrySet()) {
      String old = before.members().get(m.getKey());
      if (old == null) {
        out.add(new Change(Kind.ADDED, type, m.getKey()));
      } else if (!old.equals(m.getValue())) {
        out.add(new Change(Kind.CHANGED, type, m.getKey()));
      }
    }
    for (String name : before.members().keySet()) {
      if (!now.members().containsKey(name)) {
        out.add(new Change(Kind.REMOVED, type, name));
      }
    }
  }
}
