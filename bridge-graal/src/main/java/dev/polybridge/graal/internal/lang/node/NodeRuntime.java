package dev.polybridge.graal.internal.lang.node;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * The Node layer of one JavaScript context: {@code require}, the lazy web platform globals and
 * {@code process}/{@code Buffer} ({@code bootstrap.js}), the context's {@link NodeFileSystem}
 * connected to the module resolver, and modules loaded for {@code importModule}.
 *
 * <pre>
 * NodeRuntime node = NodeRuntime.install(context, nodeFs, moduleFolders, out, err, helperName);
 * Value lodash = node.importModule("lodash");
 * </pre>
 *
 * <p>Installing evaluates only {@code stub.js}: a Proxy that answers for the layer's globals until
 * the first is touched. The layer itself is evaluated then, when an ES module imports through the
 * file system, on {@link #importModule}, or when Java reads or writes one of its globals ({@link
 * #touch}); its core modules load on first use. Both sources are parsed once per engine.
 * Thread-safety: used under the context's lock, like the context.
 */
public final class NodeRuntime {
  /**
   * stub.js and bootstrap.js by source name: one Source each, so every context shares its parse.
   */
  private static final Map<String, Source[]> SOURCES = new ConcurrentHashMap<>();

  private final Context context;
  private final Source bootstrap;
  private final NodeHost host;
  private final List<String> folders;
  private final Supplier<Object> timers;

  /**
   * stub.js's touch(name): loads the layer if name is one of its globals, or if no name is given.
   */
  private Value stubTouch;

  private Value loader;

  private NodeRuntime(
      Context context,
      Source bootstrap,
      NodeHost host,
      List<String> folders,
      Supplier<Object> timers) {
    this.context = context;
    this.bootstrap = bootstrap;
    this.host = host;
    this.folders = folders;
    this.timers = timers;
  }

  private static Source[] sources(String sourceName) {
    return SOURCES.computeIfAbsent(
        sourceName,
        n ->
            new Source[] {
              Source.newBuilder("js", CoreSources.resource("stub.js"), n)
                  .cached(true)
                  .buildLiteral(),
              Source.newBuilder("js", CoreSources.resource("bootstrap.js"), n)
                  .cached(true)
                  .buildLiteral()
            });
  }

  /**
   * Installs the Node layer in {@code context}, whose file system is {@code fs}.
   *
   * @param moduleFolders the bridge's {@code jsModulePath}; the first is {@code process.cwd()}
   * @param sourceName the name of Polybridge's helper sources (left out of statement counts)
   * @param timers the context's event loop, made when the layer loads: a guest object whose members
   *     {@code setTimeout}, {@code setInterval}, {@code clearTimeout} and {@code queueMicrotask}
   *     the layer wraps as node's globals
   */
  public static NodeRuntime install(
      Context context,
      NodeFileSystem fs,
      List<Path> moduleFolders,
      OutputStream out,
      OutputStream err,
      String sourceName,
      Supplier<Object> timers) {
    Source[] sources = sources(sourceName);
    ModuleResolver resolver =
        new ModuleResolver(new ModuleFiles(fs.delegate()), absolute(moduleFolders));
    NodeRuntime node =
        new NodeRuntime(
            context,
            sources[1],
            new NodeHost(context, resolver, out, err),
            List.copyOf(NodeHost.folders(moduleFolders)),
            timers);
    fs.connect(
        resolver, (kind, target) -> node.loader().invokeMember("facade", kind, target).asString());
    node.stubTouch =
        context
            .eval(sources[0])
            .execute(
                (ProxyExecutable)
                    args -> {
                      node.load(args[0]);
                      return null;
                    });
    return node;
  }

  /** Evaluates {@code bootstrap.js}; called once, by stub.js, when the layer is first needed. */
  private void load(Value natives) {
    loader =
        context
            .eval(bootstrap)
            .execute(
                host.asGuestObject(),
                ProxyArray.fromList(List.copyOf(folders)),
                natives,
                timers.get());
  }

  /** The layer's loader, loading the layer first if nothing has yet. */
  private Value loader() {
    if (loader == null) {
      stubTouch.executeVoid();
      if (loader == null) {
        throw new IllegalStateException(
            "Polybridge's Node layer failed to load in this context (see the first error it"
                + " raised); use a new context");
      }
    }
    return loader;
  }

  /**
   * Loads the layer if {@code name} is one of its globals, so that Java reads and writes of the
   * global see what guest code would: the global object has none of them until the layer loads.
   */
  public void touch(String name) {
    if (loader == null) {
      stubTouch.executeVoid(name);
    }
  }

  private static List<Path> absolute(List<Path> folders) {
    return folders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  /**
   * {@code require(name)} as from the first module folder; a relative name is looked for in each
   * module folder in turn, and an ES module's namespace is returned for a name that resolves to one
   * (as node 22's {@code require} does).
   */
  public Value importModule(String name) {
    return loader().invokeMember("importModule", name);
  }
}
