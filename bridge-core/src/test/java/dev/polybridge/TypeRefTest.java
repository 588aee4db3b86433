package dev.polybridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeRefTest {

  @SuppressWarnings("unused")
  private Map<String, List<Long>> field;

  @Test
  void capturesTheTypeArgumentOfTheAnonymousSubclass() {
    Type type = new TypeRef<List<String>>() {}.type();

    ParameterizedType parameterized = assertInstanceOf(ParameterizedType.class, type);
    assertEquals(List.class, parameterized.getRawType());
    assertEquals(String.class, parameterized.getActualTypeArguments()[0]);
  }

  @Test
  void capturesAPlainClass() {
    assertEquals(String.class, new TypeRef<String>() {}.type());
  }

  @Test
  void twoRefsOfTheSameTypeAreEqualWithEqualHashCodes() {
    TypeRef<Map<String, List<Long>>> first = new TypeRef<Map<String, List<Long>>>() {};
    TypeRef<Map<String, List<Long>>> second = new TypeRef<Map<String, List<Long>>>() {};

    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
  }

  @Test
  void refsOfDifferentTypesAreNotEqual() {
    assertNotEquals(new TypeRef<List<String>>() {}, new TypeRef<List<Long>>() {});
    assertNotEquals(new TypeRef<List<String>>() {}, List.class);
  }

  @Test
  void ofAReflectedTypeEqualsTheCapturedOne() throws NoSuchFieldException {
    Type reflected = TypeRefTest.class.getDeclaredField("field").getGenericType();

    assertEquals(new TypeRef<Map<String, List<Long>>>() {}, TypeRef.of(reflected));
    assertEquals(reflected, TypeRef.of(reflected).type());
  }

  @Test
  void toStringNamesTheType() {
    assertEquals(
        "TypeRef<java.util.List<java.lang.String>>", new TypeRef<List<String>>() {}.toString());
  }

  @Test
  @SuppressWarnings("rawtypes")
  void rawTypeRefIsRejectedWithAnExample() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new TypeRef() {});

    assertEquals(
        "TypeRef needs a type argument: write new TypeRef<List<String>>() {}, not a raw TypeRef",
        e.getMessage());
  }

  @Test
  void ofNullIsRejectedNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> TypeRef.of(null));

    assertEquals("type", e.getMessage());
  }
}
