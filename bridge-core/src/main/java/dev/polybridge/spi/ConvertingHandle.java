package dev.polybridge.spi;

import dev.polybridge.Handle;
import java.lang.reflect.Type;

/**
 * Fast paths a backend's {@link Handle} may offer: an operation and the conversion of its result in
 * one step, entering the guest once and making no intermediate handle. {@link InterfaceBinder}'s
 * proxies use them when the bound handle implements this interface; the results must equal those of
 * the two-step form named on each method.
 *
 * <pre>{@code
 * // the same as handle.invoke("inc", 41).as(Integer.class), in one entry:
 * int n = (Integer) ((ConvertingHandle) handle).invokeAs(Integer.class, "inc", 41);
 * }</pre>
 *
 * <p>A {@code type} of {@code void.class} discards the result and returns null.
 *
 * <p>Thread-safety: as {@link Handle}.
 */
public interface ConvertingHandle extends Handle {

  /** {@code get(name).as(type)}. */
  Object getAs(Type type, String name);

  /** {@code call(args).as(type)}. */
  Object callAs(Type type, Object... args);

  /** {@code invoke(method, args).as(type)}. */
  Object invokeAs(Type type, String method, Object... args);
}
