package dev.polybridge.internal.binding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.BindingException;
import dev.polybridge.GuestName;
import dev.polybridge.Kw;
import dev.polybridge.Language;
import dev.polybridge.TypeRef;
import dev.polybridge.fake.FakeHandle;
import dev.polybridge.internal.binding.MethodBinding.Kind;
import dev.polybridge.spi.InterfaceBinder;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How an interface is parsed: once, into one immutable {@link MethodBinding} per method. */
class InterfaceBindingTest {

  interface Catalog {
    String getTitle();

    boolean isOpen();

    void setTitle(String title);

    String findItem(String id, @Kw int limit);

    @GuestName("size_of")
    int sizeOf();

    String join(String sep, String... parts);

    Map<String, List<Long>> getScores();

    default String summary() {
      return getTitle();
    }

    static Catalog none() {
      return null;
    }
  }

  interface Sam {
    int apply(int x);

    default int twice(int x) {
      return apply(apply(x));
    }

    static Sam identity() {
      return x -> x;
    }

    @Override
    boolean equals(Object other);
  }

  interface SubSam extends Sam {}

  interface Empty {}

  interface OnlyDefaults {
    default int one() {
      return 1;
    }
  }

  interface Tagging {
    String tagged(@Kw String tag, String... parts);

    String tags(@Kw String... tags);
  }

  interface Other {
    String other();
  }

  static MethodBinding binding(String name, Class<?>... params) throws NoSuchMethodException {
    return InterfaceBinding.of(Catalog.class).binding(Catalog.class.getMethod(name, params));
  }

  @Test
  void anInterfaceIsParsedOnceAndItsBindingShared() {
    assertSame(InterfaceBinding.of(Catalog.class), InterfaceBinding.of(Catalog.class));
    assertSame(Catalog.class, InterfaceBinding.of(Catalog.class).iface());
  }

  @Test
  void eachMethodIsParsedOnceIntoOneBinding() throws NoSuchMethodException {
    Method getTitle = Catalog.class.getMethod("getTitle");

    assertSame(
        InterfaceBinding.of(Catalog.class).binding(getTitle),
        InterfaceBinding.of(Catalog.class).binding(getTitle));
  }

  @Test
  void getterReadsItsDecapitalizedAttributeFirst() throws NoSuchMethodException {
    MethodBinding b = binding("getTitle");

    assertEquals(Kind.GETTER, b.kind());
    assertEquals(List.of("title", "getTitle"), b.names());
    assertEquals(List.of("title", "getTitle", "get_title"), b.pythonNames());
    assertEquals(Set.of("title"), b.attributeForms());
    assertEquals(TypeRef.of(String.class), b.result());
    assertArrayEquals(new String[0], b.kwNames());
    assertFalse(b.varargs());
  }

  @Test
  void isGetterOfABooleanReadsItsAttribute() throws NoSuchMethodException {
    MethodBinding b = binding("isOpen");

    assertEquals(Kind.GETTER, b.kind());
    assertEquals(List.of("open", "isOpen"), b.names());
    assertEquals(List.of("open", "isOpen", "is_open"), b.pythonNames());
    assertEquals(Set.of("open"), b.attributeForms());
  }

  @Test
  void setterWritesItsAttributeAndHasNoResult() throws NoSuchMethodException {
    MethodBinding b = binding("setTitle", String.class);

    assertEquals(Kind.SETTER, b.kind());
    assertEquals(List.of("title", "setTitle"), b.names());
    assertEquals(List.of("title", "setTitle", "set_title"), b.pythonNames());
    assertNull(b.result());
    assertEquals(Set.of("title"), b.attributeForms());
  }

  @Test
  void kwParameterHasItsKeywordNameAndPositionalParametersNone() throws NoSuchMethodException {
    MethodBinding b = binding("findItem", String.class, int.class);

    assertEquals(Kind.CALL, b.kind());
    assertEquals(List.of("findItem"), b.names());
    assertEquals(List.of("findItem", "find_item"), b.pythonNames());
    assertArrayEquals(new String[] {null, "limit"}, b.kwNames());
    assertTrue(b.hasKeywords());
  }

  @Test
  void guestNameIsTheOnlyNameForEitherLanguage() throws NoSuchMethodException {
    MethodBinding b = binding("sizeOf");

    assertEquals(Kind.CALL, b.kind());
    assertEquals(List.of("size_of"), b.names());
    assertEquals(List.of("size_of"), b.pythonNames());
    assertEquals(TypeRef.of(int.class), b.result());
  }

  @Test
  void varargsAfterAKwParameterAreStillSpreadButKwVarargsAreNot() throws NoSuchMethodException {
    InterfaceBinding tagging = InterfaceBinding.of(Tagging.class);

    assertTrue(
        tagging.binding(Tagging.class.getMethod("tagged", String.class, String[].class)).varargs());
    assertFalse(tagging.binding(Tagging.class.getMethod("tags", String[].class)).varargs());
  }

  @Test
  void varargsMethodSpreadsItsLastParameter() throws NoSuchMethodException {
    MethodBinding b = binding("join", String.class, String[].class);

    assertTrue(b.varargs());
    assertFalse(b.hasKeywords());
  }

  @Test
  void resultIsTheGenericReturnType() throws NoSuchMethodException {
    Method getScores = Catalog.class.getMethod("getScores");

    assertEquals(TypeRef.of(getScores.getGenericReturnType()), binding("getScores").result());
    assertEquals(
        "java.util.Map<java.lang.String, java.util.List<java.lang.Long>>",
        binding("getScores").result().type().getTypeName());
  }

  @Test
  void defaultAndObjectMethodsAreBoundToo() throws NoSuchMethodException {
    InterfaceBinding catalog = InterfaceBinding.of(Catalog.class);

    assertEquals(Kind.DEFAULT, binding("summary").kind());
    assertEquals(Kind.OBJECT, catalog.binding(Object.class.getMethod("toString")).kind());
    assertEquals(Kind.OBJECT, catalog.binding(Object.class.getMethod("hashCode")).kind());
    assertEquals(
        Kind.OBJECT, catalog.binding(Object.class.getMethod("equals", Object.class)).kind());
  }

  @Test
  void staticMethodIsNotPartOfTheBinding() throws NoSuchMethodException {
    Method none = Catalog.class.getMethod("none");

    BindingException e =
        assertThrows(
            BindingException.class, () -> InterfaceBinding.of(Catalog.class).binding(none));

    assertEquals(
        "method is not part of dev.polybridge.internal.binding.InterfaceBindingTest$Catalog\n"
            + "    for method Catalog.none",
        e.getMessage());
  }

  @Test
  void methodOfAnotherInterfaceCalledOnAProxyIsRefusedNamingIt() throws Throwable {
    Object proxy = InterfaceBinder.bind(FakeHandle.object(Language.JS, "A"), Catalog.class);
    Method other = Other.class.getMethod("other");

    BindingException e =
        assertThrows(BindingException.class, () -> handler(proxy).invoke(proxy, other, null));

    assertEquals(
        "method is not part of dev.polybridge.internal.binding.InterfaceBindingTest$Catalog\n"
            + "    for method Other.other",
        e.getMessage());
    assertEquals(other, e.method());
  }

  @Test
  void functionalMethodIsTheOneAbstractMethodNotCountingDefaultStaticOrObjectMethods()
      throws NoSuchMethodException {
    Method apply = Sam.class.getMethod("apply", int.class);

    assertEquals(apply, InterfaceBinding.of(Sam.class).functional());
    assertEquals(apply, InterfaceBinding.of(SubSam.class).functional());
  }

  @Test
  void interfaceWithNoneOrSeveralAbstractMethodsHasNoFunctionalMethod() {
    assertNull(InterfaceBinding.of(Catalog.class).functional());
    assertNull(InterfaceBinding.of(Empty.class).functional());
    assertNull(InterfaceBinding.of(OnlyDefaults.class).functional());
  }

  @Test
  void guestNamesForJavaScriptAreTheJavaSpellingsOfGettersAndCalls() throws NoSuchMethodException {
    Map<Method, List<String>> names = InterfaceBinding.of(Sam.class).guestNames(false);

    assertEquals(Map.of(Sam.class.getMethod("apply", int.class), List.of("apply")), names);
  }

  private static GuestInvocationHandler handler(Object proxy) {
    assertTrue(Proxy.isProxyClass(proxy.getClass()));
    return (GuestInvocationHandler) Proxy.getInvocationHandler(proxy);
  }
}
