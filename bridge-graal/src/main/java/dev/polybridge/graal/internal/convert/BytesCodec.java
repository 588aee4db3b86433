package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;
import org.graalvm.polyglot.Value;

/**
 * {@code byte[]} both ways: Python {@code bytes}, a JavaScript {@code Uint8Array}. Back, also
 * {@code bytearray}, any typed array or {@code ArrayBuffer}, and a list of byte values.
 */
final class BytesCodec implements Codec {
  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    return type == byte[].class ? (v, c, p) -> c.support().bytes((byte[]) v) : null;
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw != byte[].class) {
      return null;
    }
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      if (v.hasBufferElements()) {
        byte[] out = new byte[Math.toIntExact(v.getBufferSize())];
        v.readBuffer(0, out, 0, out.length);
        return out;
      }
      if (v.hasMember("buffer") && v.hasMember("byteOffset") && v.hasArrayElements()) {
        Value buffer = v.getMember("buffer");
        if (buffer != null && buffer.hasBufferElements()) {
          byte[] out = new byte[Math.toIntExact(v.getMember("byteLength").asLong())];
          buffer.readBuffer(v.getMember("byteOffset").asLong(), out, 0, out.length);
          return out;
        }
      }
      if (v.hasArrayElements() && !v.isString()) {
        byte[] out = new byte[Math.toIntExact(v.getArraySize())];
        for (int i = 0; i < out.length; i++) {
          Value e = v.getArrayElement(i);
          if (!e.isNumber() || !e.fitsInInt() || e.asInt() < -128 || e.asInt() > 255) {
            throw Failures.fail(
                e, c, byte.class, ConversionPath.index(p, i), "it is not a byte value");
          }
          out[i] = (byte) e.asInt();
        }
        return out;
      }
      throw Failures.fail(
          v, c, type, p, "it is not bytes, a bytearray, a typed array or a list of bytes");
    };
  }
}
