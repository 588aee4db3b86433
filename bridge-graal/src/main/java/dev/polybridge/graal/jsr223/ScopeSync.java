package dev.polybridge.graal.jsr223;

import dev.polybridge.BridgeException;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.Handle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptException;

/**
 * Copies a {@link ScriptContext}'s bindings into the guest's globals before a call and the changed
 * ones back after it. Bindings are copied by value (a {@code Map} arrives as a {@code dict}), so
 * the way back is what makes a script's assignments visible to Java.
 */
final class ScopeSync {
  private final GuestContext guest;
  private final ScriptContext context;
  private final Map<String, Sent> sent = new LinkedHashMap<>();

  private ScopeSync(GuestContext guest, ScriptContext context) {
    this.guest = guest;
    this.context = context;
  }

  /**
   * Sets a guest global for every binding whose name is an identifier, the lowest-precedence scope
   * first so that {@code ENGINE_SCOPE} wins. Names such as {@code javax.script.filename} are not
   * identifiers and stay on the Java side.
   */
  static ScopeSync copyIn(GuestContext guest, ScriptContext context) throws ScriptException {
    ScopeSync sync = new ScopeSync(guest, context);
    List<Integer> scopes = new ArrayList<>(context.getScopes());
    scopes.sort(null);
    for (int i = scopes.size() - 1; i >= 0; i--) {
      Bindings bindings = context.getBindings(scopes.get(i));
      if (bindings == null) {
        continue;
      }
      for (Map.Entry<String, Object> e : List.copyOf(bindings.entrySet())) {
        if (isIdentifier(e.getKey())) {
          sync.send(e.getKey(), e.getValue());
        }
      }
    }
    return sync;
  }

  private void send(String name, Object value) throws ScriptException {
    try {
      Handle h = guest.toGuest(value);
      guest.setGlobal(name, h);
      sent.put(name, new Sent(value, h));
    } catch (BridgeException | IllegalArgumentException e) {
      ScriptException se =
          new ScriptException(
              "Cannot pass binding '"
                  + name
                  + "' to "
                  + guest.language().displayName()
                  + ": "
                  + e.getMessage());
      se.initCause(e);
      throw se;
    }
  }

  /**
   * Writes to {@code ENGINE_SCOPE} each binding the guest changed: rebound to another value, or a
   * {@code List} or {@code Map} changed in place (the guest had a copy). The new value is the
   * natural Java form of the guest global; one equal to the binding's value leaves the binding as
   * it was.
   */
  void writeBack(Function<Handle, Object> natural) {
    Bindings engine = context.getBindings(ScriptContext.ENGINE_SCOPE);
    if (engine == null || sent.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Sent> e : sent.entrySet()) {
      Handle now = readGlobal(guest, e.getKey());
      if (now == null) {
        continue;
      }
      Sent before = e.getValue();
      boolean container = before.value() instanceof List || before.value() instanceof Map;
      if (!container && now.equals(before.handle())) {
        continue;
      }
      Object value = natural.apply(now);
      if (!Objects.equals(value, before.value())) {
        engine.put(e.getKey(), value);
      }
    }
  }

  static boolean isIdentifier(String name) {
    if (name == null || name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A guest global, or null when Python has no such name; JavaScript answers {@code undefined} (a
   * null handle) for a missing one, as {@link GuestContext#global} documents.
   */
  static Handle readGlobal(GuestContext guest, String name) {
    try {
      return guest.global(name);
    } catch (GuestException e) {
      if ("NameError".equals(e.guestType())) {
        return null;
      }
      throw e;
    }
  }

  /** A binding as it was sent: its Java value and the guest value made from it. */
  private record Sent(Object value, Handle handle) {}
}
