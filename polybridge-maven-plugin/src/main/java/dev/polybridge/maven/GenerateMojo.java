package dev.polybridge.maven;

import dev.polybridge.maven.internal.Codegen;
import dev.polybridge.maven.internal.GenerationStamp;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goal {@code generate}: writes typed Java bindings for Python modules (bridge-codegen's {@code
 * Generator.generate}) to {@link #outputDirectory} and adds that folder as a compile source root.
 *
 * <pre>
 * &lt;plugin&gt;
 *   &lt;groupId&gt;dev.polybridge&lt;/groupId&gt;
 *   &lt;artifactId&gt;polybridge-maven-plugin&lt;/artifactId&gt;
 *   &lt;executions&gt;&lt;execution&gt;
 *     &lt;id&gt;bindings&lt;/id&gt;
 *     &lt;goals&gt;&lt;goal&gt;generate&lt;/goal&gt;&lt;/goals&gt;
 *     &lt;configuration&gt;
 *       &lt;pythonPath&gt;&lt;dir&gt;src/main/python&lt;/dir&gt;&lt;/pythonPath&gt;
 *       &lt;modules&gt;&lt;module&gt;shop&lt;/module&gt;&lt;/modules&gt;
 *       &lt;packageName&gt;com.example.shop&lt;/packageName&gt;
 *     &lt;/configuration&gt;
 *   &lt;/execution&gt;&lt;/executions&gt;
 *   &lt;dependencies&gt;&lt;dependency&gt;
 *     &lt;groupId&gt;dev.polybridge&lt;/groupId&gt;&lt;artifactId&gt;bridge-codegen&lt;/artifactId&gt;
 *     &lt;version&gt;(the plugin's version)&lt;/version&gt;
 *   &lt;/dependency&gt;&lt;/dependencies&gt;
 * &lt;/plugin&gt;
 * </pre>
 *
 * <p>Skipping: the inputs are the configuration ({@code modules}, {@code pythonPath}, {@code
 * packageName}, {@code outputDirectory}, {@code strict}) and the relative path, size and
 * modification time of every {@code .py} file under each {@code pythonPath} folder. They are kept
 * in {@link #stampFile} after a successful run; when they are the same on the next run and the
 * output folder exists, nothing is generated. Python files outside the {@code pythonPath} folders
 * (the standard library, say) are not inputs.
 *
 * <p>Fails the build when a module cannot be imported, or with {@code strict} when there are
 * warnings (each is logged as a warning either way).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends CodegenMojo {
  /** The source root the bindings are written under ({@code com/example/shop/...}). */
  @Parameter(
      property = "polybridge.codegen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/polybridge",
      required = true)
  File outputDirectory;

  /** Where the inputs of the last successful run are recorded. */
  @Parameter(
      defaultValue =
          "${project.build.directory}/polybridge/generate-${mojoExecution.executionId}.stamp",
      required = true)
  File stampFile;

  /** Skips the goal: nothing is generated and no source root is added. */
  @Parameter(property = "polybridge.codegen.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("polybridge:generate skipped (polybridge.codegen.skip)");
      return;
    }
    Codegen.Settings settings = settings(outputDirectory);
    Path stamp = stampFile.toPath();
    String inputs;
    try {
      inputs = GenerationStamp.of(settings);
      if (outputDirectory.isDirectory() && GenerationStamp.matches(stamp, inputs)) {
        getLog().info("Python bindings up to date in " + outputDirectory + " (inputs unchanged)");
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        return;
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot read the Python path or " + stamp + ": " + e.getMessage(), e);
    }
    Codegen.Generated result;
    try {
      result = Codegen.generate(getClass().getClassLoader(), settings);
    } catch (Codegen.CodegenException e) {
      throw failure("generate", e);
    }
    logWarnings("generate", result.warnings());
    if (result.failed()) {
      throw new MojoFailureException(
          "polybridge:generate: "
              + result.warnings().size()
              + " warning(s) and strict is set, so nothing was written; fix the Python annotations"
              + " named above or set <strict>false</strict>");
    }
    try {
      GenerationStamp.write(stamp, inputs);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write " + stamp + ": " + e.getMessage(), e);
    }
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    getLog()
        .info(
            "Python bindings: "
                + result.files()
                + " Java files for "
                + String.join(", ", settings.modules())
                + " in "
                + outputDirectory);
  }
}
