package dev.polybridge.graal.internal.lang.python;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds and unpacks a {@code pythonPathResource} root that lives in jars, whatever the jars look
 * like: with or without directory entries (a jar made by {@code zip -D}, or by tools that store
 * only files, hides its folders from {@link ClassLoader#getResources}), on the class path or nested
 * in a Spring Boot fat jar ({@code jar:nested:/app.jar/!BOOT-INF/lib/x.jar!/}, Spring Boot 3.2 and
 * later, or {@code jar:file:/app.jar!/BOOT-INF/lib/x.jar!/}, Spring Boot 2). Jars are read only
 * through {@link JarURLConnection#getJarFile()}, which every launcher's URL handler implements, so
 * a nested jar needs no file of its own.
 */
public final class ClassPathJars {
  private ClassPathJars() {}

  /**
   * The {@code jar:} URLs of {@code root} in every jar the loader sees whose entries lie under it:
   * the jars of each {@link URLClassLoader} up the loader's chain (a fat-jar launcher's loader is
   * one), the jars with a manifest, and the JVM's class path.
   */
  public static List<URL> withEntriesUnder(ClassLoader loader, String root) throws IOException {
    Set<String> seen = new LinkedHashSet<>();
    List<URL> found = new ArrayList<>();
    for (URL base : jarBases(loader)) {
      if (!seen.add(base.toString())) {
        continue;
      }
      try {
        if (hasEntriesUnder(base, root)) {
          found.add(new URL(base, root));
        }
      } catch (IOException e) {
        // Not a jar (a folder on the class path, a missing file): it holds nothing for us here.
      }
    }
    return found;
  }

  /** {@code jar:...!/} URLs of the jars the loader can see. */
  private static List<URL> jarBases(ClassLoader loader) throws IOException {
    List<URL> bases = new ArrayList<>();
    for (ClassLoader l = loader; l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader u) {
        for (URL url : u.getURLs()) {
          URL base = jarBase(url);
          if (base != null) {
            bases.add(base);
          }
        }
      }
    }
    for (URL manifest : Collections.list(loader.getResources(JarFile.MANIFEST_NAME))) {
      String s = manifest.toString();
      if ("jar".equals(manifest.getProtocol()) && s.endsWith("!/" + JarFile.MANIFEST_NAME)) {
        bases.add(new URL(manifest, "/"));
      }
    }
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        bases.add(jarBase(new File(entry).toURI().toURL()));
      }
    }
    return bases;
  }

  private static URL jarBase(URL url) throws MalformedURLException {
    String s = url.toString();
    if ("jar".equals(url.getProtocol())) {
      return s.endsWith("!/") ? url : new URL(url, s.substring(s.lastIndexOf("!/") + 1));
    }
    if ("file".equals(url.getProtocol()) && s.endsWith(".jar")) {
      return new URL("jar:" + s + "!/");
    }
    return null;
  }

  private static boolean hasEntriesUnder(URL base, String root) throws IOException {
    JarURLConnection c = connect(base);
    JarFile jar = c.getJarFile();
    try {
      String prefix = root + "/";
      return jar.stream().anyMatch(e -> e.getName().startsWith(prefix));
    } finally {
      release(c, jar);
    }
  }

  /** A connection to the jar itself ({@code ...!/}): its entry may be a folder it does not list. */
  private static JarURLConnection connect(URL url) throws IOException {
    String s = url.toString();
    URL base = s.endsWith("!/") ? url : new URL(url, s.substring(0, s.lastIndexOf("!/") + 2));
    URLConnection c = base.openConnection();
    if (!(c instanceof JarURLConnection jc)) {
      throw new IOException("not a jar: " + url);
    }
    jc.setUseCaches(false);
    return jc;
  }

  /**
   * Closes a jar the JDK's own handler opened for this connection alone (no caches); another
   * handler's jar (a fat-jar launcher's nested jar) may be shared with its class loader, so it
   * stays open.
   */
  private static void release(JarURLConnection c, JarFile jar) throws IOException {
    if (c.getClass().getName().startsWith("sun.net.www.protocol.jar.")) {
      jar.close();
    }
  }

  /**
   * Unpacks {@code root} of the jar {@code url} points into once into {@code
   * <cacheRoot>/resources/<digest>/}; the digest covers the jar's URL and the name, size, CRC and
   * time of every entry under the root, so a rebuilt jar gets a fresh copy and JVMs share one.
   * Unpacking goes to a temporary folder renamed into place.
   */
  public static Path unpack(URL url, String root, Path cacheRoot) throws IOException {
    JarURLConnection connection = connect(url);
    String prefix = root + "/";
    JarFile jar = connection.getJarFile();
    try {
      List<JarEntry> entries =
          jar.stream()
              .filter(e -> e.getName().startsWith(prefix) && !e.isDirectory())
              .sorted((a, b) -> a.getName().compareTo(b.getName()))
              .toList();
      StringBuilder key = new StringBuilder(connection.getJarFileURL().toString()).append('|');
      key.append(root);
      for (JarEntry e : entries) {
        key.append('|').append(e.getName()).append(':').append(e.getSize()).append(':');
        key.append(e.getCrc()).append(':').append(e.getTime());
      }
      Path target = cacheRoot.resolve("resources").resolve(digest(key.toString()));
      if (Files.isDirectory(target)) {
        return target;
      }
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempDirectory(target.getParent(), "unpacking-");
      for (JarEntry entry : entries) {
        Path out = temp.resolve(entry.getName().substring(prefix.length())).normalize();
        if (!out.startsWith(temp)) {
          continue; // a "../" entry would escape the cache folder
        }
        Files.createDirectories(out.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        deleteTree(temp); // another JVM unpacked the same jar first: use its copy
      } catch (IOException e) {
        if (!Files.isDirectory(target)) {
          throw e;
        }
        deleteTree(temp);
      }
      return target;
    } finally {
      release(connection, jar);
    }
  }

  private static String digest(String key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
