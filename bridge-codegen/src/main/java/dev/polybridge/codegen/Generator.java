package dev.polybridge.codegen;

import dev.polybridge.Bridge;
import dev.polybridge.GuestException;
import dev.polybridge.GuestFrame;
import dev.polybridge.codegen.internal.check.OutputDirectory;
import dev.polybridge.codegen.internal.check.SourceComparer;
import dev.polybridge.codegen.internal.emit.Emitter;
import dev.polybridge.codegen.internal.inspect.ModuleInspector;
import dev.polybridge.codegen.internal.model.PyModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates typed Java bindings for Python modules: an interface per module (with {@code static X
 * load(GuestContext)}), and a record, enum or interface per public class, following the mapping
 * rules of the README ("Typed bindings from Python modules"). The modules are imported in GraalPy
 * through a {@link Bridge}; the one-argument methods make a bridge with the request's Python path
 * and close it, the two-argument ones use a bridge the caller made (its Python path must reach the
 * modules).
 *
 * <pre>{@code
 * GenerationResult r = Generator.generate(request);         // writes request.outputDirectory()
 * CheckResult c = Generator.check(request);                 // writes nothing
 * if (c.failed()) throw new IllegalStateException(c.report());
 * }</pre>
 *
 * <p>Thread-safety: the methods are stateless; calls sharing one bridge run one at a time in its
 * Python context.
 */
public final class Generator {
  private Generator() {}

  /** Inspects and renders, writing nothing. */
  public static GenerationResult render(GenerationRequest request) {
    try (Bridge bridge = bridgeFor(request)) {
      return render(request, bridge);
    }
  }

  /** Inspects and renders in {@code bridge}'s Python context, writing nothing. */
  public static GenerationResult render(GenerationRequest request, Bridge bridge) {
    ModuleInspector inspector = new ModuleInspector(bridge.python());
    List<PyModule> modules = new ArrayList<>();
    List<Path> sources = new ArrayList<>();
    for (String name : request.modules()) {
      PyModule m;
      try {
        m = inspector.inspect(name);
      } catch (ModuleInspector.ImportFailure e) {
        throw new GenerationException(
            "cannot import Python module '" + name + "': " + e.getMessage() + hint(request),
            e.traceback(),
            e);
      } catch (GuestException e) {
        throw new GenerationException(
            "bridge-codegen could not describe Python module '"
                + name
                + "' ("
                + e.getMessage()
                + "); this is a bug in bridge-codegen's introspection, please report it with the"
                + " module",
            traceback(e),
            e);
      }
      modules.add(m);
      if (m.file() != null) {
        sources.add(Path.of(m.file()));
      }
    }
    Emitter.Emission emission = Emitter.emit(modules, request.packageName());
    List<GeneratedFile> files = new ArrayList<>();
    for (Emitter.Source s : emission.sources()) {
      String simple = s.typeName().substring(s.typeName().lastIndexOf('.') + 1);
      Path path = Path.of(request.packageName().replace('.', '/'), simple + ".java");
      files.add(new GeneratedFile(s.typeName(), path, s.text()));
    }
    return new GenerationResult(files, emission.warnings(), sources, request.strict(), false);
  }

  /**
   * Generates and writes the sources under the request's output directory, replacing the generated
   * files there (a user's own files are left alone). In strict mode with warnings it writes nothing
   * and the result {@link GenerationResult#failed() failed}.
   */
  public static GenerationResult generate(GenerationRequest request) {
    try (Bridge bridge = bridgeFor(request)) {
      return generate(request, bridge);
    }
  }

  /** {@link #generate(GenerationRequest)} in a bridge the caller made. */
  public static GenerationResult generate(GenerationRequest request, Bridge bridge) {
    OutputDirectory out = output(request);
    GenerationResult r = render(request, bridge);
    if (r.failed()) {
      return r;
    }
    Map<String, String> sources = new LinkedHashMap<>();
    for (GeneratedFile f : r.files()) {
      String simple = f.typeName().substring(f.typeName().lastIndexOf('.') + 1);
      sources.put(simple, f.content());
    }
    try {
      out.write(sources);
    } catch (IOException e) {
      throw new GenerationException(
          "cannot write to " + request.packageDirectory() + ": " + e.getMessage(), null, e);
    }
    return new GenerationResult(r.files(), r.warnings(), r.sourceFiles(), r.strict(), true);
  }

  /** Compares what would be generated with the generated sources in the output directory. */
  public static CheckResult check(GenerationRequest request) {
    try (Bridge bridge = bridgeFor(request)) {
      return check(request, bridge);
    }
  }

  /** {@link #check(GenerationRequest)} in a bridge the caller made. */
  public static CheckResult check(GenerationRequest request, Bridge bridge) {
    OutputDirectory out = output(request);
    GenerationResult r = render(request, bridge);
    Map<String, String> wanted = new LinkedHashMap<>();
    for (GeneratedFile f : r.files()) {
      wanted.put(f.typeName(), f.content());
    }
    try {
      return new CheckResult(
          SourceComparer.compare(wanted, out.generatedSources()), r.warnings(), request.strict());
    } catch (IOException e) {
      throw new GenerationException(
          "cannot read " + request.packageDirectory() + ": " + e.getMessage(), null, e);
    }
  }

  private static Bridge bridgeFor(GenerationRequest request) {
    return Bridge.builder()
        .pythonPath(request.pythonPath().toArray(new Path[0]))
        .stdout(System.err) // a module printing while it is imported must not mix with our output
        .build();
  }

  private static OutputDirectory output(GenerationRequest request) {
    if (request.outputDirectory() == null) {
      throw new IllegalArgumentException(
          "no output directory given: name the folder the sources go to");
    }
    return new OutputDirectory(
        request.packageDirectory(), request.packageName(), Emitter.HEADER_PREFIX);
  }

  /** A guest exception's frames as Python prints them, outermost first. */
  private static String traceback(GuestException e) {
    StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n");
    List<GuestFrame> frames = new ArrayList<>(e.guestStackTrace());
    java.util.Collections.reverse(frames);
    for (GuestFrame f : frames) {
      sb.append("  File \"")
          .append(f.file())
          .append("\", line ")
          .append(f.line())
          .append(", in ")
          .append(f.function())
          .append('\n');
    }
    return sb.append(e.getMessage()).append('\n').toString();
  }

  private static String hint(GenerationRequest request) {
    return request.pythonPath().isEmpty()
        ? " (no --python-path given: add the folder that holds it)"
        : "";
  }
}
