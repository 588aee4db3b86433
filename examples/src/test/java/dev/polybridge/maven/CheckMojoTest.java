package dev.polybridge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.maven.internal.Codegen;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * polybridge:check run as Maven runs it (the mojo's execute), against sources generated from one
 * version of a Python module. It lives here, not in polybridge-maven-plugin, because the plugin
 * cannot depend on bridge-codegen (a reactor cycle, see {@link Codegen}); this module has both.
 */
class CheckMojoTest {
  private static final Path FIXTURES = Path.of("src/test/resources/codegen-check");
  private static final String PACKAGE = "dev.polybridge.examples.checked";

  @TempDir Path committed;

  private CheckMojo check(String version) {
    CheckMojo mojo = new CheckMojo();
    mojo.pythonPath = List.of(FIXTURES.resolve(version).toFile());
    mojo.modules = List.of("pricing");
    mojo.packageName = PACKAGE;
    mojo.directory = committed.toFile();
    return mojo;
  }

  private void commit(String version) throws Exception {
    Codegen.generate(
        getClass().getClassLoader(),
        new Codegen.Settings(
            List.of("pricing"),
            List.of(FIXTURES.resolve(version).toAbsolutePath()),
            PACKAGE,
            committed,
            false));
  }

  @Test
  void checkFailsNamingTheMemberWhoseSignatureChanged() throws Exception {
    commit("before");
    check("before").execute(); // up to date: no exception

    MojoFailureException e = assertThrows(MojoFailureException.class, check("after")::execute);
    assertEquals(
        "polybridge:check: The generated Python bindings are out of date (2 differences):\n"
            + "  changed type dev.polybridge.examples.checked.Pricing\n"
            + "  changed member dev.polybridge.examples.checked.Pricing.price\n"
            + "Regenerate them (run without --check) and commit the result.",
        e.getMessage());
  }

  @Test
  void checkFailsNamingEveryAddedTypeWhenNothingWasCommitted() {
    File empty = committed.toFile();
    CheckMojo mojo = check("before");
    mojo.directory = empty;
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals(
        "polybridge:check: The generated Python bindings are out of date (1 difference):\n"
            + "  added type dev.polybridge.examples.checked.Pricing\n"
            + "Regenerate them (run without --check) and commit the result.",
        e.getMessage());
  }
}
