package dev.polybridge.examples;

import dev.polybridge.Bridge;
import dev.polybridge.examples.generated.Category;
import dev.polybridge.examples.generated.Item;
import dev.polybridge.examples.generated.ShopInventory;
import java.util.List;

/**
 * Calls {@code src/main/python/shop_inventory.py} through Java bindings generated at build time by
 * polybridge-maven-plugin's {@code generate} goal (see examples/pom.xml): the interface {@link
 * ShopInventory}, the record {@link Item} (a Python dataclass) and the enum {@link Category}.
 *
 * <pre>
 * ShopInventory shop = ShopInventory.load(bridge.python());
 * Item apples = shop.makeItem("F-1", "apples", Category.FOOD, 0.5, 6);
 * </pre>
 */
public final class TypedBindingsDemo {
  private TypedBindingsDemo() {}

  /** Runs the demo on its own bridge. */
  public static void main(String[] args) {
    try (Bridge bridge = Examples.newBridge()) {
      run(bridge);
    }
  }

  /** Makes items, prices them with a discount and a keyword-only tax, restocks one. */
  static void run(Bridge bridge) {
    ShopInventory shop = ShopInventory.load(bridge.python());
    Item apples = shop.makeItem("F-1", "apples", Category.FOOD, 0.5, 6);
    Item hammer = shop.makeItem("T-1", "hammer", Category.TOOLS, 12.0);
    Item novel = new Item("B-1", "novel", Category.BOOKS, 8.25, 2);
    List<Item> items = List.of(apples, hammer, novel);
    System.out.println("max items: " + shop.maxItems());
    System.out.println("made: " + apples);
    System.out.println("total: " + shop.totalPrice(items));
    System.out.println("total, 10% off: " + shop.totalPrice(items, 0.1));
    System.out.println("total, 10% off, 20% tax: " + shop.totalPrice(items, 0.1, 0.2));
    System.out.println("food: " + shop.byCategory(items, Category.FOOD));
    System.out.println("restocked: " + shop.restock(hammer, 4, "spring order"));
    System.out.println("cheapest: " + shop.cheapest(items).map(Item::name).orElse("none"));
    System.out.println("cheapest of none: " + shop.cheapest(List.of()).isPresent());
  }
}
