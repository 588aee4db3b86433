package dev.polybridge.graal.reach.fatjar;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The fat jar's {@code Main-Class}, as Spring Boot's {@code JarLauncher}: a class loader over
 * {@code BOOT-INF/classes} and {@code BOOT-INF/lib/*.jar} of the running jar, in the URL form of
 * Spring Boot 3.2+ ({@code nested}, the default) or Spring Boot 2 ({@code -Dlauncher.urls=boot2}),
 * then the manifest's {@code Start-Class} on it.
 */
public final class FatJarLauncher {
  private FatJarLauncher() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("java.protocol.handler.pkgs", "dev.polybridge.graal.reach.fatjar");
    String jar =
        new File(FatJarLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getAbsolutePath();
    boolean boot2 = "boot2".equals(System.getProperty("launcher.urls"));
    List<URL> urls = new ArrayList<>();
    String startClass;
    try (JarFile fat = new JarFile(jar)) {
      startClass = fat.getManifest().getMainAttributes().getValue("Start-Class");
      urls.add(url(jar, "BOOT-INF/classes/", boot2));
      for (var e : Collections.list(fat.entries())) {
        if (e.getName().startsWith("BOOT-INF/lib/") && e.getName().endsWith(".jar")) {
          urls.add(url(jar, e.getName(), boot2));
        }
      }
    }
    URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), FatJarLauncher.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    loader.loadClass(startClass).getMethod("main", String[].class).invoke(null, (Object) args);
  }

  private static URL url(String jar, String entry, boolean boot2) throws Exception {
    // Spring Boot 2: jar:file:/app.jar!/BOOT-INF/classes!/ and
    // jar:file:/app.jar!/BOOT-INF/lib/x.jar!/
    // Spring Boot 3.2+: jar:nested:/app.jar/!BOOT-INF/classes/!/ and .../!BOOT-INF/lib/x.jar!/
    String spec =
        boot2
            ? "jar:file:"
                + jar
                + "!/"
                + (entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry)
                + "!/"
            : "jar:nested:" + jar + "/!" + entry + "!/";
    return new URL(null, spec, NestedJars.HANDLER);
  }
}
