package dev.polybridge.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Engines and contexts made with the polyglot API directly but set up like Polybridge's own (one
 * explicit {@link Engine} with both languages, the same sandbox switches): the start-up baseline
 * and the second, "sandboxed" baseline of {@link IsolatedJsBenchmark}. The main call, snippet and
 * conversion baselines are the plain API with its defaults instead (issue 13), written out in each
 * benchmark.
 */
public final class RawGraal {
  private RawGraal() {}

  /** An engine like the one each bridge makes. */
  public static Engine engine() {
    return Engine.newBuilder("python", "js")
        .option("engine.WarnInterpreterOnly", "false")
        .out(OutputStream.nullOutputStream())
        .err(OutputStream.nullOutputStream())
        .build();
  }

  /**
   * A context of the given languages on {@code engine}, locked down like a sandboxed bridge
   * context.
   */
  public static Context context(Engine engine, String... languages) {
    Context.Builder b =
        Context.newBuilder(languages)
            .engine(engine)
            .in(InputStream.nullInputStream())
            .out(OutputStream.nullOutputStream())
            .err(OutputStream.nullOutputStream())
            .allowHostAccess(HostAccess.EXPLICIT)
            .allowHostClassLookup(name -> false)
            .allowCreateThread(false)
            .allowCreateProcess(false)
            .allowNativeAccess(false)
            .allowEnvironmentAccess(EnvironmentAccess.NONE)
            .allowIO(IOAccess.NONE)
            .allowExperimentalOptions(true)
            .allowPolyglotAccess(languages.length > 1 ? PolyglotAccess.ALL : PolyglotAccess.NONE);
    for (String language : languages) {
      if (language.equals("python")) {
        b.option("python.PosixModuleBackend", "java");
      }
    }
    return b.build();
  }
}
