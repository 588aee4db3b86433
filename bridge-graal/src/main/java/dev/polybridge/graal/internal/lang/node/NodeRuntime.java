package dev.polybridge.graal.internal.lang.node;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>Installing evaluates only {@code stub.js}: accessors for the layer's globals. The layer itself
 * is evaluated when a guest first touches one of them, when an ES module imports through the file
 * system, or on {@link #importModule}; its core modules load on first use. Both sources are parsed
 * once per engine. Thread-safety: used under the context's lock, like the context.
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
  private Value originals;
  private Value loader;

  private NodeRuntime(Context context, Source bootstrap, NodeHost host, List<String> folders) {
    this.context = context;
    this.bootstrap = bootstrap;
    this.host = host;
    this.folders = folders;
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
   */
  public static NodeRuntime install(
      Context context,
      NodeFileSystem fs,
      List<Path> moduleFolders,
      OutputStream out,
      OutputStream err,
      String sourceName) {
    Source[] sources = sources(sourceName);
    ModuleResolver resolver =
        new ModuleResolver(new ModuleFiles(fs.delegate()), absolute(moduleFolders));
    NodeRuntime node =
        new NodeRuntime(
            context,
            sources[1],
            new NodeHost(context, resolver, out, err),
            List.copyOf(NodeHost.folders(moduleFolders)));
    fs.connect(
        resolver, (kind, target) -> node.loader().invokeMember("facade", kind, target).asString());
    context
        .eval(sources[0])
        .execute(
            (ProxyExecutable)
                args -> {
                  node.originals = args[0];
                  node.loader();
                  return null;
                });
    return node;
  }

  /** The layer's loader, evaluating {@code bootstrap.js} on first use. */
  private Value loader() {
    Value l = loader;
    if (l == null) {
      if (originals == null) {
        // Reached from Java (importModule, an ES module import): touching a global loads it.
        context.getBindings("js").getMember("require");
        return loader;
      }
      l =
          context
              .eval(bootstrap)
              .execute(host.asGuestObject(), ProxyArray.fromList(List.copyOf(folders)), originals);
      loader = l;
      originals = null;
    }
    return l;
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
