package dev.polybridge.graal.internal.fs;

import dev.polybridge.BridgeException;
import dev.polybridge.graal.internal.lang.python.ClassPathJars;
import dev.polybridge.spi.BridgeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Makes {@link dev.polybridge.Bridge.Builder#pythonPathResource(String)} roots importable. A root
 * found in a directory (running from {@code target/classes}) is used in place; a root inside a jar
 * is unpacked once into {@code <cache>/resources/<digest>/} (see {@link ClassPathJars}: jars with
 * or without directory entries, nested jars of a fat jar). The folders then join the Python path,
 * read-only like the rest of it.
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
        urls = ClassPathJars.withEntriesUnder(loader, root);
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
          out.add(ClassPathJars.unpack(url, root, cacheRoot));
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
}
