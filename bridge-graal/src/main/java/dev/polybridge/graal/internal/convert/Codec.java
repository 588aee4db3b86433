package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;

/**
 * The conversions of one type family, both directions side by side: a small factory that {@link
 * Conversions} asks, in order, for the encoder of a Java class and for the decoder of a requested
 * Java type. Each answers null for what is not its family, so the next codec is asked.
 */
public interface Codec {
  /** The encoder for values of {@code type}, or null when they are not this codec's. */
  default Encoder encoder(Class<?> type, Conversions registry) {
    return null;
  }

  /**
   * The decoder to {@code type} (whose raw class is {@code raw}), or null when it is not this
   * codec's.
   */
  default Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    return null;
  }
}
