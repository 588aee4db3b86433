package dev.polybridge.maven;

import dev.polybridge.maven.internal.AotCache;
import dev.polybridge.maven.internal.Command;
import dev.polybridge.maven.internal.Launcher;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Goal {@code train}: runs a main class once on the runtime image of {@code polybridge:runtime}
 * with {@code -XX:AOTCacheOutput}, writes the JDK's AOT cache into the image ({@code
 * lib/polybridge/app.aot}) and the launcher {@code bin/polybridge-java}, which uses the cache while
 * it fits the launch's class path.
 *
 * <pre>
 * target/polybridge/runtime/bin/polybridge-java com.example.Main            # the trained class path
 * target/polybridge/runtime/bin/polybridge-java -cp "$(cat target/polybridge/runtime/lib/polybridge/app.classpath)" com.example.Main
 * </pre>
 *
 * <p>The training class path is the project's jar and its runtime dependencies (the cache takes
 * jars only), so the goal runs after {@code jar:jar}, in {@code package}. The main class must end
 * by itself. A cache that no longer fits (class path, main class, arguments or options changed, or
 * a jar is newer than it) is trained again; a current one is kept.
 */
@Mojo(
    name = "train",
    defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class TrainMojo extends PolybridgeMojo {
  /** Skips the goal. */
  @Parameter(property = "polybridge.train.skip", defaultValue = "false")
  boolean skip;

  /** The runtime image to train, made by {@code polybridge:runtime}. */
  @Parameter(
      property = "polybridge.runtimeDirectory",
      defaultValue = "${project.build.directory}/polybridge/runtime",
      required = true)
  File runtimeDirectory;

  /** The class whose run trains the cache: it should start what the application starts. */
  @Parameter(property = "polybridge.train.mainClass", required = true)
  String mainClass;

  /** Arguments of the training run. */
  @Parameter List<String> arguments;

  /**
   * JVM options of the training run only, e.g. {@code -Dapp.config=...}. Options that change the
   * heap layout (garbage collector, compressed pointers) should be the ones the application uses.
   */
  @Parameter List<String> jvmOptions;

  /** The training run's working directory. */
  @Parameter(defaultValue = "${project.basedir}", required = true)
  File workingDirectory;

  /** How long the training run may take before it is stopped and the goal fails. */
  @Parameter(property = "polybridge.train.timeout", defaultValue = "900")
  int timeoutSeconds;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("polybridge:train skipped (polybridge.train.skip)");
      return;
    }
    Path image = runtimeDirectory.toPath().toAbsolutePath();
    if (!Files.isExecutable(image.resolve("bin").resolve("java"))) {
      throw new MojoFailureException(
          "polybridge:train needs the runtime image "
              + shown(image)
              + ", and there is none: run polybridge:runtime before it (bind both to package,"
              + " runtime first).");
    }
    AotCache.Training training =
        new AotCache.Training(
            mainClass,
            arguments == null ? List.of() : arguments,
            jvmOptions == null ? List.of() : jvmOptions,
            classpath());
    AotCache cache = new AotCache(image);
    try {
      String why = cache.staleness(training);
      if (why == null) {
        Launcher.write(image);
        getLog().info("AOT cache " + shown(cache.file()) + " is up to date");
        return;
      }
      train(cache, training, why);
      Path launcher = Launcher.write(image);
      getLog()
          .info(
              "AOT cache "
                  + shown(cache.file())
                  + " ("
                  + Files.size(cache.file()) / (1024 * 1024)
                  + " MB); "
                  + shown(launcher)
                  + " uses it for the class path in "
                  + shown(cache.classpathFile())
                  + " (the default there)");
    } catch (IOException e) {
      throw new MojoExecutionException("polybridge:train: " + e.getMessage(), e);
    }
  }

  private void train(AotCache cache, AotCache.Training training, String why)
      throws IOException, MojoExecutionException {
    cache.delete();
    Path output = outputDirectory.toPath().resolve("app.aot.training");
    Files.createDirectories(output.getParent());
    Files.deleteIfExists(output);
    Path log = outputDirectory.toPath().resolve("train.log");
    getLog()
        .info(
            "Training the AOT cache ("
                + why
                + "): running "
                + mainClass
                + " on "
                + shown(runtimeDirectory.toPath())
                + " (log: "
                + shown(log)
                + ")");
    long start = System.nanoTime();
    Command.Result result;
    try {
      result =
          new Command(cache.trainingCommand(training, output), workingDirectory.toPath(), log)
              .run(Duration.ofSeconds(timeoutSeconds));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("polybridge:train was interrupted", e);
    }
    if (result.exitCode() != 0 || !Files.isRegularFile(output)) {
      Files.deleteIfExists(output);
      throw new MojoExecutionException(
          "The training run of "
              + mainClass
              + (result.exitCode() != 0
                  ? " failed (exit " + result.exitCode() + ")"
                  : " wrote no AOT cache")
              + "; its output ("
              + log
              + ") ends with:\n"
              + result.tail());
    }
    cache.install(output, training);
    getLog().info("Trained in " + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s");
  }

  /** The project's jar, then its runtime dependencies' jars, in Maven's order. */
  private List<Path> classpath() throws MojoFailureException {
    List<Path> jars = new ArrayList<>();
    File own = project.getArtifact().getFile();
    if (own == null || !own.isFile() || !own.getName().endsWith(".jar")) {
      throw new MojoFailureException(
          "polybridge:train trains on jars (the JVM's AOT cache takes no class folders), and "
              + project.getArtifactId()
              + " is not packaged yet: run it in the package phase, after jar:jar (mvn package).");
    }
    jars.add(own.toPath());
    for (Artifact artifact : project.getArtifacts()) {
      if (!artifact.getArtifactHandler().isAddedToClasspath()) {
        continue; // e.g. a <type>pom</type> dependency that only groups others
      }
      File file = artifact.getFile();
      if (file == null || !file.isFile()) {
        throw new MojoFailureException(
            "polybridge:train trains on jars, and "
                + artifact
                + " is "
                + (file == null ? "not resolved" : "the folder " + file)
                + " (a module of this build that was not packaged): run the build up to package.");
      }
      jars.add(file.toPath());
    }
    return jars;
  }
}
