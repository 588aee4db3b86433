package dev.polybridge;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The guest-side name of an interface method or a keyword parameter, when it differs from the Java
 * name.
 *
 * <pre>{@code
 * interface Order {
 *   @GuestName("is_frozen") boolean frozen();
 *   @GuestName("add_item") void addItem(String sku, @Kw @GuestName("qty") int quantity);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.PARAMETER})
public @interface GuestName {
  /** The guest name. */
  String value();
}
