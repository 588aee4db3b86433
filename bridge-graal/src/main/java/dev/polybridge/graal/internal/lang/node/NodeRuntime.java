package dev.polybridge.graal.internal.lang.node;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * The Node layer of one JavaScript context: installs {@code require}, the lazy web platform globals
 * and {@code process}/{@code Buffer} ({@code bootstrap.js}), connects the context's {@link
 * NodeFileSystem} to the module resolver, and loads modules for {@code importModule}.
 *
 * <pre>
 * NodeRuntime node = NodeRuntime.install(context, nodeFs, moduleFolders, out, err, helperName);
 * Value lodash = node.importModule("lodash");
 * </pre>
 *
 * <p>Installing costs one evaluation of a small cached source: the globals and core modules are
 * loaded on first touch. Thread-safety: used under the context's lock, like the context.
 */
public final class NodeRuntime {
  private static final String BOOTSTRAP = CoreSources.resource("bootstrap.js");

  private final Value loader;

  private NodeRuntime(Value loader) {
    this.loader = loader;
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
    ModuleResolver resolver =
        new ModuleResolver(new ModuleFiles(fs.delegate()), absolute(moduleFolders));
    NodeHost host = new NodeHost(context, resolver, out, err);
    Source bootstrap = Source.newBuilder("js", BOOTSTRAP, sourceName).cached(true).buildLiteral();
    Value loader =
        context
            .eval(bootstrap)
            .execute(
                host.asGuestObject(),
                ProxyArray.fromList(List.copyOf(NodeHost.folders(moduleFolders))));
    Value facade = loader.getMember("facade");
    fs.connect(resolver, (kind, target) -> facade.execute(kind, target).asString());
    return new NodeRuntime(loader);
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
    return loader.getMember("importModule").execute(name);
  }
}
