package dev.polybridge.maven;

import dev.polybridge.maven.internal.Command;
import dev.polybridge.maven.internal.CompilerJars;
import dev.polybridge.maven.internal.FileTrees;
import dev.polybridge.maven.internal.Jdk;
import dev.polybridge.maven.internal.RuntimeImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Goal {@code runtime}: links a runtime image with {@code jlink} at {@code
 * target/polybridge/runtime/}: the JDK's modules, and the Graal compiler as ordinary modules with
 * its flags baked in, so the image's {@code java} runs guest code JIT-compiled with no flag at all.
 *
 * <pre>
 * target/polybridge/runtime/bin/java -cp ... com.example.Main    # bridge.runtime().optimizing() is true
 * </pre>
 *
 * <p>Works from a JDK without {@code jmods/} (Temurin 25 links from its run-time image). The image
 * is relinked only when the JDK, the GraalVM version, the modules or the options change.
 */
@Mojo(
    name = "runtime",
    defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyCollection = ResolutionScope.RUNTIME,
    threadSafe = true)
public class RuntimeMojo extends PolybridgeMojo {
  /** Skips the goal. */
  @Parameter(property = "polybridge.runtime.skip", defaultValue = "false")
  boolean skip;

  /** Where the image goes; an existing image there is replaced. */
  @Parameter(
      property = "polybridge.runtimeDirectory",
      defaultValue = "${project.build.directory}/polybridge/runtime",
      required = true)
  File runtimeDirectory;

  /**
   * The JDK modules to link, e.g. {@code java.se} and {@code jdk.unsupported}. By default all of
   * the JDK's modules but the Graal placeholders and {@code jdk.jlink}/{@code jdk.jpackage}.
   */
  @Parameter List<String> modules;

  /** More JVM options to bake into the image, after the JIT's, e.g. {@code -Xss4m}. */
  @Parameter List<String> jvmOptions;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("polybridge:runtime skipped (polybridge.runtime.skip)");
      return;
    }
    String graal = graalVersion();
    Jdk jdk = jdk();
    if (!jdk.runsGraalCompiler(graal)) {
      throw new MojoFailureException(
          "polybridge:runtime links the Graal compiler "
              + graal
              + ", which needs "
              + Jdk.graalCompilerNeeds(graal)
              + ", and "
              + jdk
              + " is not one. Run Maven with JAVA_HOME set to such a JDK, or set <jdkHome>.");
    }
    Path image = runtimeDirectory.toPath().toAbsolutePath();
    List<String> linked;
    try {
      linked = RuntimeImage.modules(jdk.modules(), modules == null ? List.of() : modules);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("polybridge:runtime: " + e.getMessage(), e);
    }
    if (linked.isEmpty()) {
      throw new MojoFailureException(
          "polybridge:runtime: " + jdk + " lists no modules in its release file");
    }
    List<String> options =
        RuntimeImage.bakedOptions(image, jvmOptions == null ? List.of() : jvmOptions);
    List<Path> jars = resolveCompilerJars(graal);
    try {
      Properties stamp = RuntimeImage.stamp(jdk, graal, linked, options, jars);
      if (RuntimeImage.isCurrent(image, stamp)) {
        getLog().info("Runtime image " + shown(image) + " is up to date");
        return;
      }
      link(jdk, linked, image, options);
      CompilerJars.copyInto(jars, image.resolve(RuntimeImage.JIT_DIRECTORY));
      RuntimeImage.writeStamp(image, stamp);
    } catch (IOException e) {
      throw new MojoExecutionException("polybridge:runtime: " + e.getMessage(), e);
    }
    getLog()
        .info(
            "Runtime image "
                + shown(image)
                + ": "
                + linked.size()
                + " modules of "
                + jdk
                + ", the Graal compiler "
                + graal
                + " in "
                + RuntimeImage.JIT_DIRECTORY
                + "; its bin/java runs guest code JIT-compiled with no flags");
  }

  private void link(Jdk jdk, List<String> linked, Path image, List<String> options)
      throws IOException, MojoExecutionException {
    FileTrees.deleteImage(image);
    List<String> command = new ArrayList<>(RuntimeImage.jlinkCommand(jdk, linked, image, options));
    Path log = outputDirectory.toPath().resolve("jlink.log");
    getLog()
        .info(
            "Linking "
                + shown(image)
                + " with "
                + jdk.tool("jlink")
                + " (log: "
                + shown(log)
                + ")");
    Command.Result result;
    try {
      result = new Command(command, project.getBasedir().toPath(), log).run(Duration.ofMinutes(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("polybridge:runtime was interrupted while linking", e);
    }
    if (result.exitCode() != 0) {
      // No stamp is written, so a half-linked image is never taken for a current one.
      throw new MojoExecutionException(
          "jlink failed (exit "
              + result.exitCode()
              + "); its output ("
              + log
              + ") ends with:\n"
              + result.tail());
    }
  }
}
