package dev.polybridge.maven;

import dev.polybridge.maven.internal.Codegen;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code generate} and {@code check} share: the generator's settings, and failing with its
 * reason. The generator itself comes from the plugin's dependencies ({@code
 * dev.polybridge:bridge-codegen}, which the project adds to the plugin).
 */
abstract class CodegenMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Folders importable from Python: the roots the modules are found under. */
  @Parameter(required = true)
  List<File> pythonPath;

  /** The dotted names of the Python modules to generate bindings for. */
  @Parameter(required = true)
  List<String> modules;

  /** The Java package of the generated types. */
  @Parameter(required = true)
  String packageName;

  /** Whether a generator warning (a type mapped to {@code Object}, say) fails the build. */
  @Parameter(property = "polybridge.codegen.strict", defaultValue = "false")
  boolean strict;

  Codegen.Settings settings(File sourceRoot) {
    List<java.nio.file.Path> path = new ArrayList<>();
    for (File f : pythonPath) {
      path.add(f.toPath().toAbsolutePath());
    }
    return new Codegen.Settings(
        modules, path, packageName, sourceRoot.toPath().toAbsolutePath(), strict);
  }

  /** The build failure for a generator that could not run. */
  MojoFailureException failure(String goal, Codegen.CodegenException e) {
    String traceback = e.pythonTraceback();
    return new MojoFailureException(
        "polybridge:"
            + goal
            + ": "
            + e.getMessage()
            + (traceback.isEmpty() ? "" : "\n" + traceback.stripTrailing()),
        e);
  }

  void logWarnings(String goal, List<String> warnings) {
    for (String w : warnings) {
      getLog().warn("polybridge:" + goal + ": " + w);
    }
  }
}
