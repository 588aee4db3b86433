package dev.polybridge.graal.internal.context;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sandbox refused, in words a user can act on. GraalVM reports some refusals (a process, a
 * thread, a socket call, another interpreter) as internal errors whose text names GraalVM's builder
 * options; Polybridge never opens those, so the message says what was refused and what to do
 * instead.
 */
final class SandboxRefusals {
  private static final Pattern EXCLUDED_POSIX_CALL =
      Pattern.compile("UnsupportedPosixFeatureException: (\\w+) was excluded");

  private SandboxRefusals() {}

  /** The message for a refusal GraalVM reported as {@code internalError}, or null. */
  static String describe(String internalError) {
    if (internalError == null) {
      return null;
    }
    if (internalError.contains("Process creation is not allowed")) {
      return "Guest code tried to start a process (os.system, subprocess, ...), which a Polybridge"
          + " context never allows. Run the command from Java and pass its result to the guest.";
    }
    if (internalError.contains("Creating threads is not allowed")) {
      return "Guest code tried to start a thread, which a Polybridge context never allows. For"
          + " parallel work, call several contexts from Java threads (Bridge.pool).";
    }
    Matcher posix = EXCLUDED_POSIX_CALL.matcher(internalError);
    if (posix.find()) {
      return "Guest code called "
          + posix.group(1)
          + ", which a Polybridge context does not offer (no sockets or other native system"
          + " calls). Make the call from Java and pass the result to the guest.";
    }
    if (internalError.contains("inner context") && internalError.contains("privilege")) {
      return "Guest code tried to start another interpreter (multiprocessing, a subinterpreter),"
          + " which a Polybridge context never allows. Use more contexts from Java"
          + " (Bridge.pool) instead.";
    }
    return null;
  }
}
