package dev.polybridge;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The guest class a Java record or enum stands for. A value of an annotated type crosses into the
 * guest as an instance of that class, not as a dict or a string, and converts back to the record or
 * enum:
 *
 * <ul>
 *   <li>a record is constructed by calling the class with keyword arguments named after its
 *       components ({@code Item(sku='A1', unit_price=2.5)}): a component's {@link GuestName} if it
 *       has one, else its name, else (when the class has no field of that name) its snake_case
 *       form;
 *   <li>an enum constant becomes the class's member of the same name ({@code Color['RED']}).
 * </ul>
 *
 * <p>{@code bridge-codegen} puts this annotation on the records and enums it generates from Python
 * dataclasses, {@code NamedTuple}s, {@code TypedDict}s and {@code Enum}s.
 *
 * <pre>{@code
 * @GuestClass("shop.inventory.Item")
 * record Item(String sku, @GuestName("unit_price") double unitPrice) {}
 *
 * @GuestClass("shop.inventory.Color")
 * enum Color { RED, GREEN }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GuestClass {
  /** The class's module and qualified name, such as {@code "shop.inventory.Item"}. */
  String value();
}
