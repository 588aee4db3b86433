package dev.polybridge;

import java.util.Objects;
import java.util.function.Function;

/** The {@link TypeConverter} of {@link TypeConverter#of} and its one-direction forms. */
final class FunctionConverter<T> implements TypeConverter<T> {
  private final Class<T> javaType;
  private final Function<? super Handle, ? extends T> toJava;
  private final Function<? super T, ?> toGuest;

  /** A null function means the converter does not serve that direction. */
  FunctionConverter(
      Class<T> javaType,
      Function<? super Handle, ? extends T> toJava,
      Function<? super T, ?> toGuest) {
    this.javaType = Objects.requireNonNull(javaType, "javaType");
    this.toJava = toJava;
    this.toGuest = toGuest;
  }

  @Override
  public Class<T> javaType() {
    return javaType;
  }

  @Override
  public T toJava(Handle guest) {
    if (toJava == null) {
      throw new UnsupportedOperationException(this + " converts Java values to the guest only");
    }
    return toJava.apply(guest);
  }

  @Override
  public Object toGuest(T value) {
    if (toGuest == null) {
      throw new UnsupportedOperationException(this + " converts guest values to Java only");
    }
    return toGuest.apply(value);
  }

  @Override
  public boolean convertsToJava() {
    return toJava != null;
  }

  @Override
  public boolean convertsToGuest() {
    return toGuest != null;
  }

  @Override
  public String toString() {
    String direction = toJava == null ? ", to guest only" : toGuest == null ? ", to Java only" : "";
    return "TypeConverter<" + javaType.getName() + direction + ">";
  }
}
