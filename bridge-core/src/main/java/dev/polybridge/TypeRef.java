package dev.polybridge;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * Captures a generic Java type for {@link Handle#as(TypeRef)}, which a {@code Class} cannot.
 *
 * <pre>{@code
 * Map<String, List<Long>> m = handle.as(new TypeRef<Map<String, List<Long>>>() {});
 * }</pre>
 *
 * <p>Two {@code TypeRef}s are equal when they capture the same type.
 *
 * @param <T> the captured type
 */
public abstract class TypeRef<T> {
  private final Type type;

  /** Captures the type argument of the anonymous subclass. */
  protected TypeRef() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType)) {
      throw new IllegalStateException(
          "TypeRef needs a type argument: write new TypeRef<List<String>>() {}, not a raw TypeRef");
    }
    this.type = ((ParameterizedType) superclass).getActualTypeArguments()[0];
  }

  private TypeRef(Type type) {
    this.type = type;
  }

  /**
   * A {@code TypeRef} for a type obtained by reflection, for example a method's generic return
   * type.
   *
   * @param type the type; not null
   * @return a reference to {@code type}
   */
  public static TypeRef<?> of(Type type) {
    Objects.requireNonNull(type, "type");
    return new TypeRef<Object>(type) {};
  }

  /** The captured type. */
  public final Type type() {
    return type;
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof TypeRef && ((TypeRef<?>) o).type.equals(type);
  }

  @Override
  public final int hashCode() {
    return type.hashCode();
  }

  @Override
  public final String toString() {
    return "TypeRef<" + type.getTypeName() + ">";
  }
}
