package dev.polybridge.graal.internal.fs;

import dev.polybridge.BridgeException;
import dev.polybridge.spi.BridgeConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
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
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Makes {@link dev.polybridge.Bridge.Builder#pythonPathResource(String)} roots importable. A root
 * found in a directory (running from {@code target/classes}) is used in place; a root inside a jar
 * is unpacked once into {@code <cache>/resources/<digest>/}, where the digest covers the jar's
 * path, size and modification time, so a rebuilt jar gets a fresh copy and several JVMs share one.
 * Unpacking goes to a temporary folder that is renamed into place, so a concurrent JVM never sees a
 * half-written copy. The folders then join the Python path, read-only like the rest of it.
 */
public final class PythonResources {
  private PythonResources() {}

  /** The Python path of {@code config}: its folders, then each resource root's folders. */
  public static List<Path> pythonPath(BridgeConfig config) {
    if (config.pythonPathResources().isEmpty()) {
      return config.pythonPath();
    }
    List<Path> path = new ArrayList<>(config.pythonPath());
    for (String root : config.pythonPathResources()) {
      path.addAll(folders(root, config.cacheDirectory()));
    }
    return List.copyOf(path);
  }

  private static List<Path> folders(String root, Path cacheRoot) {
    List<URL> urls;
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      if (loader == null) {
        loader = PythonResources.class.getClassLoader();
      }
      urls = Collections.list(loader.getResources(root));
      if (urls.isEmpty()) {
        urls = jarsWithEntriesUnder(loader, root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot look up class-path resource " + root, e);
    }
    if (urls.isEmpty()) {
      throw new BridgeException(
          "pythonPathResource(\""
              + root
              + "\"): no such folder on the class path. Put the Python files under"
              + " src/main/resources/"
              + root
              + "/ (or pass the folder's resource name).");
    }
    List<Path> out = new ArrayList<>();
    for (URL url : urls) {
      try {
        if ("file".equals(url.getProtocol())) {
          out.add(Path.of(url.toURI()));
        } else if ("jar".equals(url.getProtocol())) {
          out.add(unpack((JarURLConnection) url.openConnection(), root, cacheRoot));
        } else {
          throw new BridgeException(
              "pythonPathResource(\"" + root + "\"): cannot read resources from " + url);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read class-path resource " + url, e);
      } catch (URISyntaxException e) {
        throw new BridgeException("Bad resource URL " + url, e);
      }
    }
    return out;
  }

  /**
   * Jars written without directory entries (some shading tools do this) hide the folder from {@link
   * ClassLoader#getResources}; find it through each jar's manifest instead.
   */
  private static List<URL> jarsWithEntriesUnder(ClassLoader loader, String root)
      throws IOException {
    List<URL> found = new ArrayList<>();
    for (URL manifest : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
      if (!"jar".equals(manifest.getProtocol())) {
        continue;
      }
      JarURLConnection connection = (JarURLConnection) manifest.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        boolean has = jar.stream().anyMatch(e -> e.getName().startsWith(root + "/"));
        if (has) {
          found.add(new URL("jar:" + connection.getJarFileURL() + "!/" + root));
        }
      }
    }
    return found;
  }

  private static Path unpack(JarURLConnection connection, String root, Path cacheRoot)
      throws IOException {
    connection.setUseCaches(false);
    Path jar;
    try {
      jar = Path.of(connection.getJarFileURL().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("Bad jar URL " + connection.getJarFileURL(), e);
    }
    String key =
        jar.toAbsolutePath()
            + "|"
            + Files.size(jar)
            + "|"
            + Files.getLastModifiedTime(jar)
            + "|"
            + root;
    Path target = cacheRoot.resolve("resources").resolve(digest(key));
    if (Files.isDirectory(target)) {
      return target;
    }
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempDirectory(target.getParent(), "unpacking-");
    String prefix = root + "/";
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : Collections.list(file.entries())) {
        if (!entry.getName().startsWith(prefix) || entry.isDirectory()) {
          continue;
        }
        Path out = temp.resolve(entry.getName().substring(prefix.length())).normalize();
        if (!out.startsWith(temp)) {
          continue; // a "../" entry would escape the cache folder
        }
        Files.createDirectories(out.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      // Another JVM unpacked the same jar first: use its copy.
      deleteTree(temp);
    } catch (IOException e) {
      if (!Files.isDirectory(target)) {
        throw e;
      }
      deleteTree(temp);
    }
    return target;
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
