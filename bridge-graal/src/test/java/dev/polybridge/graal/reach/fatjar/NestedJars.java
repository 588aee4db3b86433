package dev.polybridge.graal.reach.fatjar;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * The {@code jar:} URL handler of the test launcher: opens the jar inside the fat jar (or its
 * {@code BOOT-INF/classes/} folder, as a jar of its own) that a Spring Boot URL names, as Spring's
 * handlers do, through a {@link JarURLConnection}.
 */
public final class NestedJars extends URLStreamHandler {
  static final NestedJars HANDLER = new NestedJars();

  private static final Map<String, JarFile> OPEN = new ConcurrentHashMap<>();

  @Override
  protected URLConnection openConnection(URL url) throws IOException {
    String spec = url.getFile();
    int separator = spec.lastIndexOf("!/");
    String inner = spec.substring(0, separator);
    String entry = spec.substring(separator + 2);
    JarFile jar = open(inner);
    return new JarURLConnection(url) {
      @Override
      public JarFile getJarFile() {
        return jar;
      }

      @Override
      public void connect() {}

      @Override
      public InputStream getInputStream() throws IOException {
        JarEntry e = entry.isEmpty() ? null : jar.getJarEntry(entry);
        if (e == null) {
          throw new FileNotFoundException(url.toString());
        }
        return jar.getInputStream(e);
      }
    };
  }

  /**
   * {@code nested:/app.jar/!BOOT-INF/lib/x.jar} (Spring Boot 3.2+) or {@code
   * file:/app.jar!/BOOT-INF/lib/x.jar} (Spring Boot 2): the nested jar or folder, unpacked once.
   */
  static JarFile open(String inner) throws IOException {
    JarFile open = OPEN.get(inner);
    if (open != null) {
      return open;
    }
    String outer;
    String nested;
    if (inner.startsWith("nested:")) {
      int bang = inner.indexOf("/!");
      outer = inner.substring("nested:".length(), bang);
      nested = inner.substring(bang + 2);
    } else {
      int bang = inner.indexOf("!/");
      outer = inner.substring("file:".length(), bang);
      nested = inner.substring(bang + 2);
    }
    if (!nested.endsWith(".jar") && !nested.endsWith("/")) {
      nested += "/"; // Spring Boot 2 names BOOT-INF/classes without its slash
    }
    Path copy = Files.createTempFile("nested-", ".jar");
    copy.toFile().deleteOnExit();
    try (JarFile fat = new JarFile(outer)) {
      if (nested.endsWith("/")) {
        try (OutputStream file = Files.newOutputStream(copy);
            JarOutputStream out = new JarOutputStream(file)) {
          for (JarEntry e : java.util.Collections.list(fat.entries())) {
            if (e.getName().startsWith(nested) && !e.isDirectory()) {
              out.putNextEntry(new JarEntry(e.getName().substring(nested.length())));
              try (InputStream in = fat.getInputStream(e)) {
                in.transferTo(out);
              }
              out.closeEntry();
            }
          }
        }
      } else {
        try (InputStream in = fat.getInputStream(fat.getJarEntry(nested))) {
          Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    JarFile jar = new JarFile(copy.toFile());
    JarFile raced = OPEN.putIfAbsent(inner, jar);
    return raced != null ? raced : jar;
  }
}
