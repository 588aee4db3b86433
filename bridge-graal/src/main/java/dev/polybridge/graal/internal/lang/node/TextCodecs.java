package dev.polybridge.graal.internal.lang.node;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * Java's charsets behind {@code TextDecoder} for the WHATWG encodings other than UTF-8 and UTF-16
 * (which GraalJS decodes itself). The guest maps a label to the encoding's WHATWG name; this maps
 * the name to a Java charset and keeps one {@link CharsetDecoder} per {@code TextDecoder}, so
 * {@code decode(bytes, {stream: true})} carries a split character over to the next call.
 */
final class TextCodecs {
  /** WHATWG names whose Java charset has another name. */
  private static final Map<String, String> JAVA_NAMES =
      Map.of(
          "macintosh", "x-MacRoman",
          "windows-874", "x-windows-874",
          "x-mac-cyrillic", "x-MacCyrillic",
          "iso-8859-8-i", "ISO-8859-8",
          "gbk", "GBK",
          "x-user-defined", "");

  private TextCodecs() {}

  /** The Java charset for a WHATWG encoding name, or null when Java has none. */
  static Charset charset(String whatwgName) {
    String n = whatwgName.toLowerCase(Locale.ROOT);
    String java = JAVA_NAMES.getOrDefault(n, whatwgName);
    if (java.isEmpty()) {
      return null;
    }
    try {
      return Charset.forName(java);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /**
   * A decoder object for the guest, {@code decode(arrayBuffer, offset, length, stream)} returning
   * the text, or null (fatal mode) when the bytes are not valid; null when Java lacks the charset.
   */
  static ProxyObject decoder(String whatwgName, boolean fatal) {
    Charset cs = charset(whatwgName);
    if (cs == null) {
      return null;
    }
    CodingErrorAction onError = fatal ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
    CharsetDecoder decoder =
        cs.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    ByteBuffer[] pending = {ByteBuffer.allocate(0)};
    ProxyExecutable decode =
        args -> {
          byte[] b = NodeHost.bytes(args[0], args[1].asInt(), args[2].asInt());
          boolean stream = args[3].asBoolean();
          ByteBuffer in = ByteBuffer.allocate(pending[0].remaining() + b.length);
          in.put(pending[0]).put(b).flip();
          CharBuffer out = CharBuffer.allocate((int) (in.remaining() * 2.0) + 4);
          try {
            while (true) {
              var result = decoder.decode(in, out, !stream);
              if (result.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                out = bigger.put(out);
                continue;
              }
              if (result.isError()) {
                result.throwException();
              }
              break;
            }
            if (!stream) {
              decoder.flush(out);
              decoder.reset();
            }
          } catch (CharacterCodingException e) {
            decoder.reset();
            pending[0] = ByteBuffer.allocate(0);
            return null;
          }
          pending[0] = stream ? in.slice() : ByteBuffer.allocate(0);
          out.flip();
          return out.toString();
        };
    return ProxyObject.fromMap(Map.of("decode", decode));
  }
}
