package dev.polybridge.fake;

import dev.polybridge.Language;
import dev.polybridge.spi.ConvertingHandle;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link FakeHandle} that also offers {@link ConvertingHandle}'s one-step paths, each logged as
 * one operation naming the type asked for ({@code "invokeAs int add(1, 2)"}), as a backend's handle
 * does. Values reached from it are converting too.
 *
 * <pre>{@code
 * FakeHandle calc = FakeConvertingHandle.object(Language.JS, "Calculator")
 *     .method("add", call -> (Integer) call.arg(0) + (Integer) call.arg(1));
 * ((ConvertingHandle) calc).invokeAs(int.class, "add", 1, 2);   // 3; log: [invokeAs int add(1, 2)]
 * }</pre>
 */
public final class FakeConvertingHandle extends FakeHandle implements ConvertingHandle {

  FakeConvertingHandle(
      Language language,
      String typeName,
      List<String> log,
      Function<Call, Object> body,
      boolean isValue,
      Object value) {
    super(language, typeName, log, true, body, isValue, value);
  }

  /** A converting guest object of type {@code typeName}, with a log of its own. */
  public static FakeConvertingHandle object(Language language, String typeName) {
    return new FakeConvertingHandle(language, typeName, new ArrayList<>(), null, false, null);
  }

  /** A converting guest function running {@code body}, with a log of its own. */
  public static FakeConvertingHandle function(Language language, Function<Call, Object> body) {
    return new FakeConvertingHandle(language, "function", new ArrayList<>(), body, false, null);
  }

  @Override
  public Object getAs(Type type, String name) {
    record("getAs " + type.getTypeName() + " " + name);
    return result(type, lookup(name));
  }

  @Override
  public Object callAs(Type type, Object... args) {
    record("callAs " + type.getTypeName() + render(Arrays.asList(args), Map.of()));
    return result(type, run(args, Map.of()));
  }

  @Override
  public Object invokeAs(Type type, String method, Object... args) {
    record("invokeAs " + type.getTypeName() + " " + method + render(Arrays.asList(args), Map.of()));
    return result(type, callable(method).run(args, Map.of()));
  }

  /** What the two-step form would give: nothing for {@code void}, else the value unconverted. */
  private static Object result(Type type, Object value) {
    return type == void.class ? null : value;
  }
}
