package dev.polybridge.graal.internal.lang.python;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.graalvm.polyglot.io.ProcessHandler;

/**
 * The one program a context with {@code allowNativeModules} may run: {@code patchelf}, which
 * GraalPy's {@code python.IsolateNativeModules} uses to give each context's copy of a native module
 * a name of its own, on files in that context's private folder. Any other command, also from guest
 * code ({@code subprocess}, {@code os.system}), is refused.
 */
final class PatchelfOnly implements ProcessHandler {
  /** The options GraalPy passes, each followed by a library name except {@code --debug}. */
  private static final Set<String> NAMED =
      Set.of("--set-soname", "--remove-needed", "--add-needed");

  /** A library file name: no folder, so the dynamic linker finds it as GraalPy named it. */
  private static final Pattern LIBRARY_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]*");

  static final String REFUSED =
      "Guest code tried to start a process, which a Polybridge context never allows"
          + " (allowNativeModules runs only patchelf, for GraalPy's own native modules)."
          + " Run the command from Java and pass its result to the guest.";

  private final Path temp;

  PatchelfOnly(Path temp) {
    this.temp = temp;
  }

  @Override
  public Process start(ProcessCommand command) throws IOException {
    List<String> args = command.getCommand();
    if (!allowed(args)) {
      throw new IOException(REFUSED);
    }
    ProcessBuilder builder = new ProcessBuilder(args);
    builder.environment().clear();
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.directory(temp.toFile());
    try {
      return builder.start();
    } catch (IOException e) {
      throw new IOException(
          "allowNativeModules needs the patchelf program, which GraalPy runs to load a native"
              + " module in more than one context; install it (Debian and Ubuntu: apt-get install"
              + " patchelf) and put it on the PATH",
          e);
    }
  }

  /** {@code patchelf [--debug] (OPTION NAME)+ FILE} with FILE in the private folder. */
  boolean allowed(List<String> args) {
    if (args.size() < 4 || !"patchelf".equals(args.get(0))) {
      return false;
    }
    int i = 1;
    if ("--debug".equals(args.get(i))) {
      i++;
    }
    int options = 0;
    while (i + 1 < args.size() && NAMED.contains(args.get(i))) {
      if (!LIBRARY_NAME.matcher(args.get(i + 1)).matches()) {
        return false;
      }
      i += 2;
      options++;
    }
    if (options == 0 || i != args.size() - 1) {
      return false;
    }
    Path file = Path.of(args.get(i));
    return file.isAbsolute()
        && file.equals(file.normalize())
        && temp.equals(file.getParent())
        && NativeModuleFiles.INTERMEDIATE.matcher(file.getFileName().toString()).matches();
  }
}
