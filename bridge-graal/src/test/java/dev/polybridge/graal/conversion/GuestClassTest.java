package dev.polybridge.graal.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.Bridge;
import dev.polybridge.GuestClass;
import dev.polybridge.GuestException;
import dev.polybridge.GuestName;
import dev.polybridge.Handle;
import dev.polybridge.TypeRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Records and enums annotated {@link GuestClass} cross into Python as instances of the class they
 * stand for ({@code fixtures/conversion/guest_classes.py}) and come back as the record or enum; in
 * JavaScript, which has no such classes, they cross as plain values.
 */
class GuestClassTest {
  @GuestClass("guest_classes.Color")
  enum Color {
    RED,
    GREEN
  }

  @GuestClass("guest_classes.Item")
  record Item(String sku, @GuestName("unit_price") double price, Color color) {}

  /** No GuestName: the camelCase component finds the dataclass field by its snake_case form. */
  @GuestClass("guest_classes.Item")
  record LooseItem(String sku, double unitPrice, Color color) {}

  @GuestClass("guest_classes.Point")
  record Point(long x, long y) {}

  @GuestClass("no_such_module.Thing")
  record Missing(String name) {}

  static Bridge bridge;

  @BeforeAll
  static void openBridge() {
    Path fixtures = ConversionTableTest.fixtureDirectory();
    bridge = Bridge.builder().pythonPath(fixtures).jsModulePath(fixtures).build();
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  private static Handle module() {
    return bridge.python().importModule("guest_classes");
  }

  @Test
  void recordArrivesAsAnInstanceOfItsDataclassWithKeywordArgumentsByGuestName() {
    String seen = module().invoke("describe", new Item("A1", 2.5, Color.GREEN)).as(String.class);

    assertEquals("Item(sku='A1', unit_price=2.5, color=Color.GREEN)", seen);
  }

  @Test
  void camelCaseComponentFindsTheSnakeCaseField() {
    String seen = module().invoke("describe", new LooseItem("C3", 1.0, Color.RED)).as(String.class);

    assertEquals("Item(sku='C3', unit_price=1.0, color=Color.RED)", seen);
  }

  @Test
  void recordArrivesAsANamedTuple() {
    assertEquals("Point(x=3, y=4)", module().invoke("describe", new Point(3, 4)).as(String.class));
  }

  @Test
  void enumConstantArrivesAsTheMemberOfItsEnumClass() {
    assertEquals("Color.GREEN", module().invoke("describe", Color.GREEN).as(String.class));
  }

  @Test
  void dataclassInstanceComesBackAsTheRecord() {
    assertEquals(new Item("B2", 4.5, Color.GREEN), module().invoke("make_item").as(Item.class));
    assertEquals(
        new LooseItem("B2", 4.5, Color.GREEN), module().invoke("make_item").as(LooseItem.class));
  }

  @Test
  void namedTupleAndEnumMemberComeBack() {
    assertEquals(new Point(3, 4), module().invoke("make_point").as(Point.class));
    assertEquals(Color.GREEN, module().invoke("favourite").as(Color.class));
  }

  @Test
  void recordsInsideCollectionsCrossAsInstancesToo() {
    Handle items = bridge.python().toGuest(List.of(new Point(1, 2), new Point(5, 6)));

    assertEquals(
        List.of("Point(x=1, y=2)", "Point(x=5, y=6)"),
        bridge
            .python()
            .eval("lambda xs: [__import__('guest_classes').describe(x) for x in xs]")
            .call(items)
            .as(new TypeRef<List<String>>() {}));
  }

  @Test
  void aGuestClassThatCannotBeImportedSaysWhatToName() {
    GuestException e =
        assertThrows(GuestException.class, () -> module().invoke("describe", new Missing("x")));

    assertEquals("ImportError", e.guestType());
    assertEquals(
        "@GuestClass(\"no_such_module.Thing\"): no module of that name can be imported; name the"
            + " class as 'module.ClassName'",
        e.guestMessage());
  }

  @Test
  void javaScriptHasNoGuestClassesSoTheRecordCrossesAsAPlainObject() {
    Map<String, Object> seen =
        bridge
            .js()
            .eval("(x) => ({...x})")
            .call(new Item("A1", 2.5, Color.GREEN))
            .as(new TypeRef<Map<String, Object>>() {});

    assertEquals(Map.of("sku", "A1", "unit_price", 2.5, "color", "GREEN"), seen);
  }
}
