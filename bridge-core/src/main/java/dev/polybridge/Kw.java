package dev.polybridge;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Passes an interface method's parameter as a Python keyword argument, named by its {@link
 * GuestName} or else by its compiled parameter name (compile with {@code -parameters}).
 *
 * <pre>{@code
 * interface Json {
 *   String dumps(Object obj, @Kw @GuestName("indent") int indent);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Kw {}
