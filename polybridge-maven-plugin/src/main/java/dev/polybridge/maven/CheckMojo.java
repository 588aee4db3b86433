package dev.polybridge.maven;

import dev.polybridge.maven.internal.Codegen;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goal {@code check}: fails the build when the committed generated sources in {@link #directory}
 * differ from what {@code generate} would write now (bridge-codegen's {@code Generator.check}); the
 * message lists every changed, added and removed type and member. Writes nothing.
 *
 * <pre>
 * &lt;execution&gt;
 *   &lt;id&gt;bindings-current&lt;/id&gt;
 *   &lt;goals&gt;&lt;goal&gt;check&lt;/goal&gt;&lt;/goals&gt;
 *   &lt;configuration&gt;
 *     &lt;pythonPath&gt;&lt;dir&gt;src/main/python&lt;/dir&gt;&lt;/pythonPath&gt;
 *     &lt;modules&gt;&lt;module&gt;shop&lt;/module&gt;&lt;/modules&gt;
 *     &lt;packageName&gt;com.example.shop&lt;/packageName&gt;
 *     &lt;directory&gt;src/main/java&lt;/directory&gt;
 *   &lt;/configuration&gt;
 * &lt;/execution&gt;
 * </pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends CodegenMojo {
  /** The source root holding the committed generated sources ({@code com/example/shop/...}). */
  @Parameter(required = true)
  File directory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Codegen.Checked result;
    try {
      result = Codegen.check(getClass().getClassLoader(), settings(directory));
    } catch (Codegen.CodegenException e) {
      throw failure("check", e);
    }
    logWarnings("check", result.warnings());
    if (!result.upToDate()) {
      throw new MojoFailureException("polybridge:check: " + result.report());
    }
    if (result.failed()) {
      throw new MojoFailureException(
          "polybridge:check: "
              + result.warnings().size()
              + " warning(s) and strict is set; fix the Python annotations named above or set"
              + " <strict>false</strict>");
    }
    getLog().info("Python bindings in " + directory + " are up to date");
  }
}
