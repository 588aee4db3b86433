package dev.polybridge.maven;

import dev.polybridge.maven.internal.CompilerJars;
import dev.polybridge.maven.internal.Jdk;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * What the goals share: the project, the JDK they work for, the GraalVM version and resolving the
 * Graal compiler's jars with Maven's resolver.
 */
abstract class PolybridgeMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  RepositorySystemSession repositorySession;

  @Parameter(
      defaultValue = "${project.remoteProjectRepositories}",
      readonly = true,
      required = true)
  List<RemoteRepository> repositories;

  /** Maven's resolver, injected by Maven (JSR-330). */
  @Inject RepositorySystem repositorySystem;

  /**
   * The JDK the goal works for: the one whose {@code java} runs with the argument file, or that the
   * runtime image is linked from. By default the JDK running Maven ({@code JAVA_HOME}).
   */
  @Parameter(property = "polybridge.jdkHome", defaultValue = "${java.home}", required = true)
  File jdkHome;

  /**
   * The GraalVM version of the compiler jars. By default the version of the project's {@code
   * org.graalvm.polyglot:polyglot} dependency (direct or through {@code bridge-graal}): the
   * compiler must match the polyglot runtime exactly.
   */
  @Parameter(property = "polybridge.graalVersion")
  String graalVersion;

  /** Where the goals write: {@code jit/}, {@code jvm.args}, {@code runtime/} and logs. */
  @Parameter(
      property = "polybridge.outputDirectory",
      defaultValue = "${project.build.directory}/polybridge",
      required = true)
  File outputDirectory;

  /** The JDK at {@link #jdkHome}. */
  Jdk jdk() throws MojoFailureException {
    try {
      return Jdk.at(jdkHome.toPath());
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoFailureException(
          "Cannot read the JDK at " + jdkHome + ": " + e.getMessage(), e);
    }
  }

  /** {@link #graalVersion}, or the version of the project's polyglot (or Truffle) dependency. */
  String graalVersion() throws MojoFailureException {
    if (graalVersion != null && !graalVersion.isBlank()) {
      return graalVersion.trim();
    }
    String truffle = null;
    for (Artifact artifact : project.getArtifacts()) {
      if ("org.graalvm.polyglot".equals(artifact.getGroupId())
          && "polyglot".equals(artifact.getArtifactId())) {
        return artifact.getBaseVersion();
      }
      if ("org.graalvm.truffle".equals(artifact.getGroupId())
          && "truffle-api".equals(artifact.getArtifactId())) {
        truffle = artifact.getBaseVersion();
      }
    }
    if (truffle != null) {
      return truffle;
    }
    throw new MojoFailureException(
        "Cannot tell which GraalVM version "
            + project.getArtifactId()
            + " uses: it has no org.graalvm.polyglot:polyglot dependency. Add one (bridge-graal"
            + " brings it), or set <graalVersion> or -Dpolybridge.graalVersion.");
  }

  /** The five compiler jars of {@code version}, from the local repository or downloaded. */
  List<Path> resolveCompilerJars(String version) throws MojoExecutionException {
    try {
      return CompilerJars.resolve(repositorySystem, repositorySession, repositories, version);
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException(
          "Cannot resolve the Graal compiler "
              + version
              + " (org.graalvm.compiler:compiler and four more jars): "
              + e.getMessage(),
          e);
    }
  }

  /** {@code path} relative to the project's directory when inside it, for short messages. */
  String shown(Path path) {
    Path base = project.getBasedir().toPath().toAbsolutePath();
    Path absolute = path.toAbsolutePath();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }
}
