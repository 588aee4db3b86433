package dev.polybridge.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * What to generate: which Python modules, importable from which folders, into which Java package
 * and output folder. Immutable; made by {@link #builder()}.
 *
 * <pre>{@code
 * GenerationRequest request = GenerationRequest.builder()
 *     .module("shop.inventory")
 *     .pythonPath(Path.of("src/main/python"))
 *     .packageName("com.example.shop")
 *     .outputDirectory(Path.of("target/generated-sources/polybridge"))
 *     .build();
 * }</pre>
 *
 * @param modules the dotted names of the modules to describe, in order
 * @param pythonPath folders importable from Python (a module's package root, site-packages)
 * @param packageName the Java package of the generated types
 * @param outputDirectory the source root files are written under ({@code com/example/shop/...}), or
 *     null when nothing is to be written or checked
 * @param strict whether a warning fails the generation
 */
public record GenerationRequest(
    List<String> modules,
    List<Path> pythonPath,
    String packageName,
    Path outputDirectory,
    boolean strict) {

  /**
   * Checks the request.
   *
   * @throws IllegalArgumentException when there is no module, a name is not a Python module name,
   *     or the package is not a Java package name
   */
  public GenerationRequest {
    modules = List.copyOf(modules);
    pythonPath = List.copyOf(pythonPath);
    Objects.requireNonNull(packageName, "packageName");
    if (modules.isEmpty()) {
      throw new IllegalArgumentException("no module given: name at least one Python module");
    }
    for (String m : modules) {
      if (!m.matches("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*")) {
        throw new IllegalArgumentException(
            "'" + m + "' is not a Python module name (dotted identifiers, such as shop.inventory)");
      }
    }
    if (!SourceVersion.isName(packageName, SourceVersion.RELEASE_17)) {
      throw new IllegalArgumentException(
          "'"
              + packageName
              + "' is not a Java package name (dotted identifiers that are not keywords, such as"
              + " com.example.shop)");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The folder of the generated package under {@link #outputDirectory()}. */
  public Path packageDirectory() {
    if (outputDirectory == null) {
      throw new IllegalStateException("this request has no output directory");
    }
    return outputDirectory.resolve(packageName.replace('.', '/'));
  }

  /** Builds a {@link GenerationRequest}. */
  public static final class Builder {
    private final List<String> modules = new ArrayList<>();
    private final List<Path> pythonPath = new ArrayList<>();
    private String packageName;
    private Path outputDirectory;
    private boolean strict;

    private Builder() {}

    public Builder module(String... names) {
      modules.addAll(List.of(names));
      return this;
    }

    public Builder modules(List<String> names) {
      modules.addAll(names);
      return this;
    }

    public Builder pythonPath(Path... folders) {
      pythonPath.addAll(List.of(folders));
      return this;
    }

    public Builder pythonPath(List<Path> folders) {
      pythonPath.addAll(folders);
      return this;
    }

    public Builder packageName(String name) {
      this.packageName = name;
      return this;
    }

    public Builder outputDirectory(Path folder) {
      this.outputDirectory = folder;
      return this;
    }

    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    public GenerationRequest build() {
      if (packageName == null) {
        throw new IllegalArgumentException("no package given: name the Java package to generate");
      }
      return new GenerationRequest(modules, pythonPath, packageName, outputDirectory, strict);
    }
  }
}
