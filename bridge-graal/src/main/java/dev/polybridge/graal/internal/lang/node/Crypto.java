package dev.polybridge.graal.internal.lang.node;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The JVM's cryptography for the guest's {@code crypto} module and global: {@link SecureRandom},
 * {@link MessageDigest} and {@link Mac}. Bytes cross as Latin-1 strings (one char per byte) out of
 * Java, and are read from an {@code ArrayBuffer} into Java.
 */
final class Crypto {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Node's hash names (lower case, as {@code crypto.getHashes()} lists them) and Java's. */
  static final Map<String, String> HASHES =
      Map.ofEntries(
          Map.entry("md5", "MD5"),
          Map.entry("sha1", "SHA-1"),
          Map.entry("sha224", "SHA-224"),
          Map.entry("sha256", "SHA-256"),
          Map.entry("sha384", "SHA-384"),
          Map.entry("sha512", "SHA-512"),
          Map.entry("sha512-224", "SHA-512/224"),
          Map.entry("sha512-256", "SHA-512/256"),
          Map.entry("sha3-224", "SHA3-224"),
          Map.entry("sha3-256", "SHA3-256"),
          Map.entry("sha3-384", "SHA3-384"),
          Map.entry("sha3-512", "SHA3-512"));

  private Crypto() {}

  static String randomLatin1(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  static String randomUuid() {
    return UUID.randomUUID().toString();
  }

  private static String javaName(String nodeName) {
    String n = nodeName.toLowerCase(Locale.ROOT);
    if (n.startsWith("rsa-")) {
      n = n.substring(4);
    }
    n = n.replace("sha-", "sha");
    return HASHES.get(n);
  }

  /** A hash object for the guest, or null when the algorithm is not offered. */
  static ProxyObject hash(String algorithm) {
    String name = javaName(algorithm);
    if (name == null) {
      return null;
    }
    try {
      MessageDigest md = MessageDigest.getInstance(name);
      return updater(md::update, md::digest);
    } catch (NoSuchAlgorithmException e) {
      return null;
    }
  }

  /** An HMAC object for the guest keyed with the bytes of {@code key}, or null. */
  static ProxyObject hmac(String algorithm, byte[] key) {
    String name = javaName(algorithm);
    if (name == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("Hmac" + name.replace("-", "").replace("/", ""));
      mac.init(
          key.length == 0
              ? new EmptyKey(mac.getAlgorithm())
              : new SecretKeySpec(key, mac.getAlgorithm()));
      return updater(mac::update, mac::doFinal);
    } catch (NoSuchAlgorithmException | java.security.InvalidKeyException e) {
      return null;
    }
  }

  /** An empty HMAC key, which is valid but which SecretKeySpec refuses. */
  private record EmptyKey(String getAlgorithm) implements javax.crypto.SecretKey {
    private static final long serialVersionUID = 1L;

    @Override
    public String getFormat() {
      return "RAW";
    }

    @Override
    public byte[] getEncoded() {
      return new byte[0];
    }
  }

  private interface Update {
    void update(byte[] b, int off, int len);
  }

  private interface Finish {
    byte[] finish();
  }

  private static ProxyObject updater(Update update, Finish finish) {
    return ProxyObject.fromMap(
        Map.of(
            "update",
            (ProxyExecutable)
                args -> {
                  byte[] b = NodeHost.bytes(args[0], args[1].asInt(), args[2].asInt());
                  update.update(b, 0, b.length);
                  return null;
                },
            "digest",
            (ProxyExecutable) args -> new String(finish.finish(), StandardCharsets.ISO_8859_1)));
  }
}
