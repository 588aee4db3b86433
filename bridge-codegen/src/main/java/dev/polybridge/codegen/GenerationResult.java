package dev.polybridge.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation produced.
 *
 * <pre>{@code
 * GenerationResult r = Generator.generate(request);
 * r.warnings().forEach(System.err::println);
 * if (r.failed()) throw new IllegalStateException("warnings in strict mode");
 * }</pre>
 *
 * @param files the generated sources, module interfaces first
 * @param warnings what could not be mapped exactly, each naming the Python member
 * @param sourceFiles the Python source files of the inspected modules (for up-to-date checks)
 * @param strict whether the request was strict
 * @param written whether the files were written to the output directory
 */
public record GenerationResult(
    List<GeneratedFile> files,
    List<String> warnings,
    List<Path> sourceFiles,
    boolean strict,
    boolean written) {

  public GenerationResult {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
    sourceFiles = List.copyOf(sourceFiles);
  }

  /** True when the request was strict and there are warnings: nothing was written then. */
  public boolean failed() {
    return strict && !warnings.isEmpty();
  }
}
