package dev.polybridge.graal.internal.lang.node;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The host functions of one context's Node layer, handed to {@code bootstrap.js} as an object of
 * {@link ProxyExecutable}s (no reflection, so it works under {@code HostAccess.EXPLICIT} and on the
 * module path). A function that fails returns null and leaves node's error code and a message in
 * {@code error()}: the guest builds the error node would throw.
 */
final class NodeHost {
  private final Context context;
  private final ModuleResolver resolver;
  private final ModuleFiles files;
  private final OutputStream out;
  private final OutputStream err;
  private final long origin = System.nanoTime();
  private final double timeOrigin = System.currentTimeMillis();
  private String error = "";

  NodeHost(Context context, ModuleResolver resolver, OutputStream out, OutputStream err) {
    this.context = context;
    this.resolver = resolver;
    this.files = resolver.files();
    this.out = out;
    this.err = err;
  }

  /** The bytes {@code [offset, offset + length)} of a guest {@code ArrayBuffer}. */
  static byte[] bytes(Value arrayBuffer, int offset, int length) {
    byte[] b = new byte[length];
    if (length > 0) {
      arrayBuffer.readBuffer(offset, b, 0, length);
    }
    return b;
  }

  ProxyObject asGuestObject() {
    Map<String, Object> f = new HashMap<>();
    f.put("error", (ProxyExecutable) a -> error);
    f.put(
        "resolve",
        (ProxyExecutable) a -> resolve(a[0].asString(), a[1].asString(), a[2].asBoolean()));
    f.put("format", (ProxyExecutable) a -> resolver.format(files.path(a[0].asString())));
    f.put("compile", (ProxyExecutable) a -> compile(a[0].asString()));
    f.put(
        "core",
        (ProxyExecutable)
            a -> CoreSources.wrapper(a[0].asString()).map(context::eval).orElse(null));
    f.put("importEsm", (ProxyExecutable) a -> importEsm(a[0].asString()));
    f.put(
        "virtualPath",
        (ProxyExecutable) a -> NodeFileSystem.virtualPath(files.path(a[0].asString())));
    f.put("realPathOf", (ProxyExecutable) a -> NodeFileSystem.realPath(a[0].asString()));
    f.put("readText", (ProxyExecutable) a -> read(a[0].asString(), true));
    f.put("readLatin1", (ProxyExecutable) a -> read(a[0].asString(), false));
    f.put("stat", (ProxyExecutable) a -> stat(a[0].asString()));
    f.put("list", (ProxyExecutable) a -> list(a[0].asString()));
    f.put("realpath", (ProxyExecutable) a -> realpath(a[0].asString()));
    f.put("random", (ProxyExecutable) a -> Crypto.randomLatin1(a[0].asInt()));
    f.put("uuid", (ProxyExecutable) a -> Crypto.randomUuid());
    f.put(
        "hashes",
        (ProxyExecutable)
            a ->
                ProxyArray.fromList(
                    List.copyOf(new java.util.TreeSet<Object>(Crypto.HASHES.keySet()))));
    f.put("hash", (ProxyExecutable) a -> Crypto.hash(a[0].asString()));
    f.put(
        "hmac",
        (ProxyExecutable)
            a -> Crypto.hmac(a[0].asString(), bytes(a[1], a[2].asInt(), a[3].asInt())));
    f.put("decoder", (ProxyExecutable) a -> TextCodecs.decoder(a[0].asString(), a[1].asBoolean()));
    f.put("now", (ProxyExecutable) a -> (System.nanoTime() - origin) / 1e6);
    f.put("timeOrigin", (ProxyExecutable) a -> timeOrigin);
    f.put("write", (ProxyExecutable) a -> write(a[0].asInt(), a[1].asString()));
    return ProxyObject.fromMap(f);
  }

  private Object fail(String code, String message) {
    error = code + "\n" + message;
    return null;
  }

  private Object resolve(String specifier, String fromDir, boolean esm) {
    try {
      ModuleResolver.Resolution r = resolver.resolve(specifier, files.path(fromDir), esm);
      return r.core() != null ? "node:" + r.core() : r.file().toString();
    } catch (ModuleNotFoundException e) {
      return fail(e.code(), e.getMessage());
    }
  }

  /** The CommonJS wrapper function of the file at {@code path}. */
  private Object compile(String path) {
    String text;
    try {
      text = files.readText(files.path(path));
    } catch (IOException | SecurityException e) {
      return ioFail(e, "open", path);
    }
    if (text.startsWith("#!")) {
      text = "//" + text; // a shebang line, as node skips it
    }
    Source source;
    try {
      // A file-backed source at the module's virtual path: GraalJS resolves import() in the
      // module against it, as it does in ES modules.
      source =
          Source.newBuilder("js", new File(NodeFileSystem.virtualPath(files.path(path))))
              .content(
                  "(function (exports, require, module, __filename, __dirname) {" + text + "\n})")
              .cached(true)
              .build();
    } catch (IOException e) {
      return ioFail(e, "open", path);
    }
    return context.eval(source);
  }

  /** Evaluates the ES module at real path {@code path}; its namespace. */
  private Object importEsm(String path) {
    String text;
    try {
      text = files.readText(files.path(path));
    } catch (IOException | SecurityException e) {
      return ioFail(e, "open", path);
    }
    Source source;
    try {
      source =
          Source.newBuilder("js", new File(NodeFileSystem.virtualPath(files.path(path))))
              .content(text)
              .mimeType("application/javascript+module")
              .cached(true)
              .build();
    } catch (IOException e) {
      return ioFail(e, "open", path);
    }
    return context.eval(source);
  }

  private Object read(String path, boolean utf8) {
    try {
      byte[] b = files.read(files.path(path));
      return new String(b, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    } catch (IOException | SecurityException e) {
      return ioFail(e, "open", path);
    }
  }

  /** [kind (1 file, 2 folder, 3 other), size, mtimeMs, birthtimeMs, atimeMs], or null. */
  private Object stat(String path) {
    try {
      Map<String, Object> a = files.attributes(files.path(path));
      int kind =
          Boolean.TRUE.equals(a.get("isRegularFile"))
              ? 1
              : Boolean.TRUE.equals(a.get("isDirectory")) ? 2 : 3;
      return ProxyArray.fromArray(
          kind,
          ((Number) a.getOrDefault("size", 0L)).doubleValue(),
          millis(a.get("lastModifiedTime")),
          millis(a.get("creationTime")),
          millis(a.get("lastAccessTime")));
    } catch (IOException | SecurityException e) {
      return ioFail(e, "stat", path);
    }
  }

  private static double millis(Object time) {
    return time instanceof FileTime t ? t.toMillis() : 0;
  }

  private Object list(String path) {
    try {
      return ProxyArray.fromList(List.copyOf(files.list(files.path(path))));
    } catch (IOException | SecurityException e) {
      return ioFail(e, "scandir", path);
    }
  }

  private Object realpath(String path) {
    try {
      return files.realPathOrThrow(files.path(path)).toString();
    } catch (IOException | SecurityException e) {
      return ioFail(e, "realpath", path);
    }
  }

  /** Node's error code for a failed file operation, as {@code fs} reports it. */
  private Object ioFail(Exception e, String syscall, String path) {
    String code;
    if (e instanceof NoSuchFileException) {
      code = "ENOENT";
    } else if (e instanceof AccessDeniedException || e instanceof SecurityException) {
      code = "EACCES";
    } else if (e instanceof NotDirectoryException) {
      code = "ENOTDIR";
    } else if (e instanceof FileSystemException f
        && f.getReason() != null
        && f.getReason().contains("directory")) {
      code = "EISDIR";
    } else {
      code = "EIO";
    }
    return fail(code, syscall + "\n" + path);
  }

  private Object write(int fd, String text) {
    try {
      OutputStream o = fd == 2 ? err : out;
      o.write(text.getBytes(StandardCharsets.UTF_8));
      o.flush();
    } catch (IOException e) {
      // The host closed the stream; node ignores a write to a closed pipe too.
    }
    return true;
  }

  /** Absolute paths of the bridge's module folders, the first of which is the guest's cwd. */
  static List<String> folders(List<Path> folders) {
    return folders.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
  }
}
