package dev.polybridge.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.BindingException;
import dev.polybridge.GuestName;
import dev.polybridge.Language;
import dev.polybridge.fake.FakeHandle;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link InterfaceBinder}'s entry points and what it refuses to bind. */
class InterfaceBinderTest {

  interface Catalog {
    String getTitle();

    void setTitle(String title);

    boolean isOpen();

    String findItem(String id);

    @GuestName("size_of")
    int sizeOf();

    default String summary() {
      return getTitle();
    }

    static Catalog none() {
      return null;
    }
  }

  interface Named {
    String getName();
  }

  /** A class, which cannot be bound. */
  abstract static class Shape {
    abstract double area();
  }

  interface Picker {
    <T> T pick(String name);
  }

  @Test
  void handleOfGivesBackTheBoundHandle() {
    FakeHandle handle = FakeHandle.object(Language.PYTHON, "Person");

    Named named = InterfaceBinder.bind(handle, Named.class);

    assertSame(handle, InterfaceBinder.handleOf(named));
  }

  @Test
  void handleOfIsNullForNullAPlainObjectAndAnotherHandlersProxy() {
    Object foreign =
        Proxy.newProxyInstance(
            Named.class.getClassLoader(), new Class<?>[] {Named.class}, (p, m, a) -> "x");

    assertNull(InterfaceBinder.handleOf(null));
    assertNull(InterfaceBinder.handleOf("a string"));
    assertNull(InterfaceBinder.handleOf(foreign));
  }

  @Test
  void bindingDoesNotTouchTheGuest() {
    FakeHandle handle = FakeHandle.object(Language.PYTHON, "Person");

    InterfaceBinder.bind(handle, Catalog.class);

    assertEquals(List.of(), handle.log());
  }

  @Test
  void classIsRefusedWithAMessageSayingWhatToDoInstead() {
    FakeHandle handle = FakeHandle.object(Language.PYTHON, "Shape");

    BindingException e =
        assertThrows(BindingException.class, () -> InterfaceBinder.bind(handle, Shape.class));

    assertEquals(
        "Shape is a class; only interfaces can be bound to guest objects. Declare an interface"
            + " with the methods you need, register a TypeConverter for Shape on"
            + " Bridge.builder().converter(...), or ask for Handle.",
        e.getMessage());
    assertNull(e.method());
  }

  @Test
  void classIsRefusedAgainOnEveryAttemptNotJustTheFirst() {
    String expected =
        "String is a class; only interfaces can be bound to guest objects. Declare an interface"
            + " with the methods you need, register a TypeConverter for String on"
            + " Bridge.builder().converter(...), or ask for Handle.";

    BindingException first =
        assertThrows(
            BindingException.class, () -> InterfaceBinder.guestNames(String.class, Language.JS));
    BindingException second =
        assertThrows(
            BindingException.class, () -> InterfaceBinder.guestNames(String.class, Language.JS));

    assertEquals(expected, first.getMessage());
    assertEquals(expected, second.getMessage());
  }

  @Test
  void genericMethodIsRefusedAtBindTimeNamingTheMethod() throws NoSuchMethodException {
    FakeHandle handle = FakeHandle.object(Language.JS, "Picker");

    BindingException e =
        assertThrows(BindingException.class, () -> InterfaceBinder.bind(handle, Picker.class));

    assertEquals(
        "a generic method cannot be bound: its result type is only known at the call site."
            + " Declare a concrete result type, or return Handle and convert with as(...)\n"
            + "    for method Picker.pick",
        e.getMessage());
    assertEquals(Picker.class.getMethod("pick", String.class), e.method());
  }

  @Test
  void kwParameterWhoseNameWasNotCompiledInIsRefusedNamingTheMethod() throws Exception {
    Class<?> unnamed = withoutParameterNames(KwWithoutCompiledName.class);
    FakeHandle handle = FakeHandle.object(Language.PYTHON, "Greeter");

    BindingException e =
        assertThrows(BindingException.class, () -> InterfaceBinder.bind(handle, unnamed));

    assertEquals(
        "parameter 0 is @Kw but its name was not compiled in: add @GuestName(\"name\") to it, or"
            + " compile with javac -parameters\n"
            + "    for method KwWithoutCompiledName.greet",
        e.getMessage());
    assertEquals(unnamed.getMethod("greet", String.class), e.method());
  }

  @Test
  void bindRefusesNullWithTheArgumentsName() {
    FakeHandle handle = FakeHandle.object(Language.PYTHON, "Person");

    NullPointerException noTarget =
        assertThrows(NullPointerException.class, () -> InterfaceBinder.bind(null, Named.class));
    NullPointerException noInterface =
        assertThrows(NullPointerException.class, () -> InterfaceBinder.bind(handle, null));

    assertEquals("target", noTarget.getMessage());
    assertEquals("iface", noInterface.getMessage());
  }

  @Test
  void guestNamesListsForPythonTheNamesTriedInOrderLeavingOutSettersAndDefaults()
      throws NoSuchMethodException {
    Map<Method, List<String>> names = InterfaceBinder.guestNames(Catalog.class, Language.PYTHON);

    assertEquals(
        Map.of(
            Catalog.class.getMethod("getTitle"), List.of("title", "getTitle", "get_title"),
            Catalog.class.getMethod("isOpen"), List.of("open", "isOpen", "is_open"),
            Catalog.class.getMethod("findItem", String.class), List.of("findItem", "find_item"),
            Catalog.class.getMethod("sizeOf"), List.of("size_of")),
        names);
  }

  @Test
  void guestNamesListsForJavaScriptOnlyTheJavaSpellings() throws NoSuchMethodException {
    Map<Method, List<String>> names = InterfaceBinder.guestNames(Catalog.class, Language.JS);

    assertEquals(
        Map.of(
            Catalog.class.getMethod("getTitle"), List.of("title", "getTitle"),
            Catalog.class.getMethod("isOpen"), List.of("open", "isOpen"),
            Catalog.class.getMethod("findItem", String.class), List.of("findItem"),
            Catalog.class.getMethod("sizeOf"), List.of("size_of")),
        names);
  }

  @Test
  void guestNamesRefusesNullWithTheArgumentsName() {
    NullPointerException noInterface =
        assertThrows(
            NullPointerException.class, () -> InterfaceBinder.guestNames(null, Language.JS));
    NullPointerException noLanguage =
        assertThrows(
            NullPointerException.class, () -> InterfaceBinder.guestNames(Catalog.class, null));

    assertEquals("iface", noInterface.getMessage());
    assertEquals("language", noLanguage.getMessage());
  }

  @Test
  void singleAbstractMethodGetterOverAnObjectReadsItsAttribute() {
    FakeHandle object = FakeHandle.object(Language.JS, "Person").with("name", "Ada");

    assertEquals("Ada", InterfaceBinder.bind(object, Named.class).getName());
    assertEquals(List.of("has name", "get name", "as java.lang.String"), object.log());
  }

  /**
   * A copy of {@code type}, defined by a class loader of its own, whose class file has lost its
   * {@code MethodParameters} attribute, as if compiled without {@code -parameters}: the attribute's
   * name is changed to one the JVM does not know, and the JVM skips attributes it does not know.
   */
  static Class<?> withoutParameterNames(Class<?> type) throws IOException {
    byte[] bytes;
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      bytes = in.readAllBytes();
    }
    byte[] utf8 = "\u0001\u0000\u0010MethodParameters".getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(bytes, utf8);
    assertTrue(at >= 0, type + " should have been compiled with -parameters");
    bytes[at + 3] = 'X';
    return new DefiningLoader(type.getClassLoader()).define(type.getName(), bytes);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static final class DefiningLoader extends ClassLoader {
    DefiningLoader(ClassLoader parent) {
      super(parent);
    }

    Class<?> define(String name, byte[] bytes) {
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
