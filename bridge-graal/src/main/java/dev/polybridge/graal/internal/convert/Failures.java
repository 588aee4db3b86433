package dev.polybridge.graal.internal.convert;

import dev.polybridge.ConversionException;
import java.lang.reflect.Type;
import org.graalvm.polyglot.Value;

/** The {@link ConversionException}s of the codecs, worded alike. */
public final class Failures {
  private Failures() {}

  /** A guest value that cannot become {@code target}, and why. */
  public static ConversionException fail(
      Value value, ConversionContext context, Type target, ConversionPath path, String why) {
    return fail(value, context, target, path, why, !value.isNull());
  }

  /**
   * A guest value that nests past the limit or contains itself. A too-deep value is not quoted: its
   * string form recurses as deep as the value, and whether the guest's stack holds that depends on
   * how much of it the caller already uses, so the message would vary between runs.
   */
  static ConversionException tooDeep(
      Value value, ConversionContext context, Type target, ConversionPath path, boolean cyclic) {
    return fail(value, context, target, path, whyTooDeep(cyclic), cyclic && !value.isNull());
  }

  private static ConversionException fail(
      Value value,
      ConversionContext context,
      Type target,
      ConversionPath path,
      String why,
      boolean quoted) {
    String guestType = context.support().typeName(value);
    String at = ConversionPath.text(path);
    return new ConversionException(
        guestType,
        target,
        at,
        "Cannot convert "
            + context.support().language().displayName()
            + " "
            + guestType
            + (quoted ? " " + preview(value, context) : "")
            + " to "
            + target.getTypeName()
            + (at.isEmpty() ? "" : " at " + at)
            + ": "
            + why);
  }

  /** A Java value that cannot be passed to the guest, and why. */
  static ConversionException cannotPass(
      Object value, ConversionContext context, ConversionPath path, String why) {
    String at = ConversionPath.text(path);
    return new ConversionException(
        value.getClass().getName(),
        Value.class,
        at,
        "Cannot pass a "
            + value.getClass().getName()
            + " to "
            + context.support().language().displayName()
            + (at.isEmpty() ? "" : " at " + at)
            + ": "
            + why);
  }

  /** A Java value that nests past the limit or contains itself, refused on its way to the guest. */
  static ConversionException passTooDeep(
      Object value, ConversionContext context, ConversionPath path, boolean cyclic) {
    return cannotPass(value, context, path, whyTooDeep(cyclic));
  }

  /** Why a value that nests past the limit was refused. */
  private static String whyTooDeep(boolean cyclic) {
    return cyclic
        ? "the value is cyclic (it contains itself), which a conversion by value cannot copy;"
            + " break the cycle, or pass it as a Handle"
        : "the value is nested deeper than "
            + Conversions.MAX_DEPTH
            + " levels, the most Polybridge converts; flatten it, or pass it as a Handle";
  }

  private static String preview(Value value, ConversionContext context) {
    try {
      String s = context.support().str(value);
      return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    } catch (RuntimeException e) {
      return "";
    }
  }
}
