package dev.polybridge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.Bridge;
import dev.polybridge.examples.generated.Category;
import dev.polybridge.examples.generated.Item;
import dev.polybridge.examples.generated.ShopInventory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bindings polybridge:generate wrote for src/main/python/shop_inventory.py, called for real.
 */
class TypedBindingsTest {
  private static Bridge bridge;
  private static ShopInventory shop;

  private static final Item APPLES = new Item("F-1", "apples", Category.FOOD, 0.5, 6);
  private static final Item HAMMER = new Item("T-1", "hammer", Category.TOOLS, 12.0, 1);
  private static final Item NOVEL = new Item("B-1", "novel", Category.BOOKS, 8.25, 2);
  private static final List<Item> ITEMS = List.of(APPLES, HAMMER, NOVEL);

  @BeforeAll
  static void load() {
    bridge = Bridge.builder().pythonPath(Path.of("src/main/python")).build();
    shop = ShopInventory.load(bridge.python());
  }

  @AfterAll
  static void close() {
    bridge.close();
  }

  @Test
  void aModuleAttributeIsAGetter() {
    assertEquals(100L, shop.maxItems());
  }

  @Test
  void aDataclassComesBackAsTheRecordWithTheDefaultQuantity() {
    assertEquals(HAMMER, shop.makeItem("T-1", "hammer", Category.TOOLS, 12.0));
    assertEquals(APPLES, shop.makeItem("F-1", "apples", Category.FOOD, 0.5, 6));
  }

  @Test
  void positionalDefaultsAndAKeywordOnlyTaxAreOverloads() {
    assertEquals(31.5, shop.totalPrice(ITEMS));
    assertEquals(28.35, shop.totalPrice(ITEMS, 0.1));
    assertEquals(34.02, shop.totalPrice(ITEMS, 0.1, 0.2));
  }

  @Test
  void anEnumArrivesInPythonAsItsMember() {
    assertEquals(List.of("F-1"), shop.byCategory(ITEMS, Category.FOOD));
    assertEquals(List.of("B-1"), shop.byCategory(ITEMS, Category.BOOKS));
  }

  @Test
  void keywordOnlyParametersWithAndWithoutAnOptionalNote() {
    assertEquals(new Item("T-1", "hammer", Category.TOOLS, 12.0, 5), shop.restock(HAMMER, 4));
    assertEquals(
        new Item("T-1", "hammer (spring order)", Category.TOOLS, 12.0, 5),
        shop.restock(HAMMER, 4, "spring order"));
  }

  @Test
  void anOptionalResultIsEmptyForNone() {
    assertEquals(Optional.of(APPLES), shop.cheapest(ITEMS));
    assertEquals(Optional.empty(), shop.cheapest(List.of()));
  }
}
