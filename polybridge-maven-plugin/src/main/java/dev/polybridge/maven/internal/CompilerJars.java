package dev.polybridge.maven.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * The Graal compiler's five jars ({@link GraalJit#artifacts()}) at one GraalVM version: resolved
 * through Maven's own resolver (local repository first, then the project's repositories) and copied
 * into a directory that then holds exactly those jars.
 */
public final class CompilerJars {
  private CompilerJars() {}

  /** Resolves the five jars of {@code graalVersion}; downloads them if the build may. */
  public static List<Path> resolve(
      RepositorySystem system,
      RepositorySystemSession session,
      List<RemoteRepository> repositories,
      String graalVersion)
      throws ArtifactResolutionException {
    List<ArtifactRequest> requests = new ArrayList<>();
    for (String coordinates : GraalJit.artifacts()) {
      String[] parts = coordinates.split(":");
      requests.add(
          new ArtifactRequest(
              new DefaultArtifact(parts[0], parts[1], "jar", graalVersion), repositories, null));
    }
    List<Path> jars = new ArrayList<>();
    for (ArtifactResult result : system.resolveArtifacts(session, requests)) {
      jars.add(result.getArtifact().getFile().toPath());
    }
    return jars;
  }

  /**
   * Makes {@code directory} hold exactly {@code jars}: copies those whose size or time differ from
   * the copy there and deletes any other jar (say, of an earlier GraalVM version).
   *
   * @return the copies, in the order of {@code jars}
   */
  public static List<Path> copyInto(List<Path> jars, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> copies = new ArrayList<>();
    Set<Path> keep = new HashSet<>();
    for (Path jar : jars) {
      Path copy = directory.resolve(jar.getFileName());
      if (!sameFile(jar, copy)) {
        Files.copy(
            jar, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
      }
      copies.add(copy);
      keep.add(copy.getFileName());
    }
    try (DirectoryStream<Path> present = Files.newDirectoryStream(directory, "*.jar")) {
      for (Path jar : present) {
        if (!keep.contains(jar.getFileName())) {
          Files.delete(jar);
        }
      }
    }
    return copies;
  }

  private static boolean sameFile(Path source, Path copy) throws IOException {
    return Files.isRegularFile(copy)
        && Files.size(copy) == Files.size(source)
        // Milliseconds: a copy's time keeps less precision than the original's on some systems.
        && Files.getLastModifiedTime(copy).toMillis()
            == Files.getLastModifiedTime(source).toMillis();
  }
}
