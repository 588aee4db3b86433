package dev.polybridge.maven;

import dev.polybridge.maven.internal.ArgumentFile;
import dev.polybridge.maven.internal.CompilerJars;
import dev.polybridge.maven.internal.GraalJit;
import dev.polybridge.maven.internal.Jdk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Goal {@code jit}: copies the Graal compiler jars matching the project's GraalVM version to {@code
 * target/polybridge/jit/} and writes {@code target/polybridge/jvm.args}, a Java argument file that
 * turns on the JIT for guest code on a stock JDK 25.
 *
 * <pre>
 * java @target/polybridge/jvm.args -cp ... com.example.Main
 * &lt;argLine&gt;@${project.build.directory}/polybridge/jvm.args&lt;/argLine&gt;   (surefire)
 * </pre>
 *
 * <p>On a JDK that cannot run the compiler (JDK 17, say) it logs one warning and writes an argument
 * file that turns nothing on, so builds that use the file still run, in GraalVM's interpreter.
 */
@Mojo(
    name = "jit",
    defaultPhase = LifecyclePhase.INITIALIZE,
    requiresDependencyCollection = ResolutionScope.RUNTIME,
    threadSafe = true)
public class JitMojo extends PolybridgeMojo {
  /** Skips the goal: nothing is copied or written. */
  @Parameter(property = "polybridge.jit.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("polybridge:jit skipped (polybridge.jit.skip)");
      return;
    }
    String graal = graalVersion();
    Jdk jdk = jdk();
    Path argumentFile = outputDirectory.toPath().resolve("jvm.args");
    Path jitDirectory = outputDirectory.toPath().resolve("jit");
    try {
      if (!jdk.runsGraalCompiler(graal)) {
        ArgumentFile.write(
            argumentFile,
            List.of(
                "Written by polybridge:jit. "
                    + jdk
                    + " cannot run the Graal compiler "
                    + graal
                    + ",",
                "which needs " + Jdk.graalCompilerNeeds(graal) + ": this file turns nothing on."),
            List.of());
        getLog()
            .warn(
                "polybridge:jit: "
                    + jdk
                    + " cannot run the Graal compiler "
                    + graal
                    + " (it needs "
                    + Jdk.graalCompilerNeeds(graal)
                    + "), so "
                    + shown(argumentFile)
                    + " turns nothing on and guest code runs in GraalVM's interpreter; run Maven"
                    + " with JAVA_HOME set to such a JDK, or set jdkHome.");
        return;
      }
      List<Path> jars = CompilerJars.copyInto(resolveCompilerJars(graal), jitDirectory);
      ArgumentFile.write(
          argumentFile,
          List.of(
              "Written by polybridge:jit: runs guest code JIT-compiled by the Graal compiler "
                  + graal
                  + " on "
                  + jdk
                  + ".",
              "Use: java @" + argumentFile.toAbsolutePath() + " -cp ... Main"),
          GraalJit.upgradeFlags(jitDirectory));
      getLog()
          .info(
              "Graal JIT "
                  + graal
                  + ": "
                  + jars.size()
                  + " jars in "
                  + shown(jitDirectory)
                  + ", flags in "
                  + shown(argumentFile)
                  + " (java @"
                  + shown(argumentFile)
                  + " -cp ... Main)");
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot write " + argumentFile + " or " + jitDirectory + ": " + e.getMessage(), e);
    }
  }
}
