package dev.polybridge.graal.internal.context;

import dev.polybridge.BridgeException;
import dev.polybridge.GuestException;
import dev.polybridge.GuestFrame;
import dev.polybridge.GuestSyntaxException;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.graal.internal.lang.GuestSupport;
import dev.polybridge.graal.internal.lang.GuestSupport.ErrorInfo;
import dev.polybridge.graal.internal.lang.GuestSupport.Frame;
import dev.polybridge.graal.internal.lang.node.NodeFileSystem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Turns a {@link PolyglotException} into the Polybridge exception that says what happened: the
 * guest raised ({@link GuestException}), did not parse ({@link GuestSyntaxException}), ran out of
 * time or budget, or a Java callback threw (rethrown as it was).
 *
 * <p>Guest frames become {@link StackTraceElement}s in place, between the Java frames, so a printed
 * trace reads from the Python or JavaScript line that failed down to the Java call that entered the
 * guest. Python frames take their line numbers from Python's own traceback, which is exact where
 * GraalVM's frames give a function's {@code def} line.
 *
 * <p>Every {@link GuestException} of Polybridge is built here, with its guest frames and a handle
 * on the guest's exception object.
 */
final class ErrorMapper {
  private ErrorMapper() {}

  static RuntimeException map(PolyglotException e, ContextCore core, Language caller) {
    if (e.isHostException()) {
      Throwable host = e.asHostException();
      if (host instanceof RuntimeException) {
        return (RuntimeException) host;
      }
      if (host instanceof Error) {
        throw (Error) host;
      }
      return new BridgeException("A Java callback called from guest code threw " + host, host);
    }
    // Timeouts and allocation stops were already mapped by ContextCore.stoppedByLimit.
    if (e.isResourceExhausted()
        || (e.isCancelled() && core.options().statementLimit().isPresent())) {
      return core.statementLimitHit();
    }
    if (e.isCancelled()) {
      core.markCancelled("closed while guest code ran");
      return core.closedException();
    }
    if (e.isExit()) {
      return new BridgeException(
          "Guest code asked to exit with status "
              + e.getExitStatus()
              + "; Polybridge never lets a guest stop the JVM");
    }
    if (e.isInternalError()) {
      String refused = SandboxRefusals.describe(e.getMessage());
      if (refused != null) {
        return new BridgeException(refused, e);
      }
      return new BridgeException("GraalVM failed internally: " + e.getMessage(), e);
    }
    Language language = languageOf(e, caller);
    ErrorInfo info = describe(e, core, language);
    List<GuestFrame> guestFrames = new ArrayList<>();
    StackTraceElement[] stack = stackTrace(e, info.frames(), language, guestFrames);
    Handle guestObject =
        e.getGuestObject() == null ? null : core.handle(language, e.getGuestObject());
    if (e.isSyntaxError() || info.line() > 0) {
      int line = info.line();
      int column = info.column();
      SourceSection at = e.getSourceLocation();
      if (e.isSyntaxError() && at != null && at.isAvailable()) {
        line = at.getStartLine();
        column = at.getStartColumn();
      }
      return new GuestSyntaxException(
          language, info.type(), info.message(), line, column, guestFrames, stack, guestObject);
    }
    return new GuestException(
        language, info.type(), info.message(), guestFrames, stack, guestObject);
  }

  private static Language languageOf(PolyglotException e, Language caller) {
    for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
      if (frame.isGuestFrame()) {
        return language(frame);
      }
    }
    return caller;
  }

  private static Language language(PolyglotException.StackFrame frame) {
    String id = frame.getLanguage().getId();
    for (Language l : Language.values()) {
      if (l.id().equals(id)) {
        return l;
      }
    }
    throw new IllegalStateException("a frame of language " + id + ", which Polybridge never runs");
  }

  /** The guest's own account of the exception; GraalVM's message when the guest cannot say. */
  private static ErrorInfo describe(PolyglotException e, ContextCore core, Language language) {
    Value guest = e.getGuestObject();
    if (guest != null && !e.isSyntaxError()) {
      try {
        return core.support(language).errorInfo(guest);
      } catch (PolyglotException | IllegalStateException | UnsupportedOperationException ignored) {
        // Fall through to GraalVM's message, which is all a broken context can give.
      }
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    int colon = message.indexOf(": ");
    if (colon > 0 && message.substring(0, colon).matches("[A-Za-z_][\\w.]*")) {
      return new ErrorInfo(
          message.substring(0, colon), message.substring(colon + 2), List.of(), -1, -1);
    }
    return new ErrorInfo(e.isSyntaxError() ? "SyntaxError" : "Error", message, List.of(), -1, -1);
  }

  /**
   * The guest and Java frames, outermost last. {@code ownTraceback} is what the guest itself says
   * about frames of {@code language} (Python's traceback has the exact lines; JavaScript says
   * nothing more than GraalVM's frames).
   */
  private static StackTraceElement[] stackTrace(
      PolyglotException e,
      List<Frame> ownTraceback,
      Language tracebackLanguage,
      List<GuestFrame> guestFrames) {
    Deque<Frame> traceback = new ArrayDeque<>();
    for (Frame f : ownTraceback) {
      if (!GuestSupport.HELPER_SOURCE_NAME.equals(f.file())) {
        traceback.add(f);
      }
    }
    List<StackTraceElement> out = new ArrayList<>();
    for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
      if (frame.isHostFrame()) {
        out.add(frame.toHostFrame());
        continue;
      }
      SourceSection at = frame.getSourceLocation();
      String file = at != null ? NodeFileSystem.realPath(at.getSource().getName()) : "<unknown>";
      if (GuestSupport.HELPER_SOURCE_NAME.equals(file)) {
        continue;
      }
      String function = frame.getRootName() == null ? "<unknown>" : frame.getRootName();
      int line = at != null && at.isAvailable() ? at.getStartLine() : -1;
      Language language = language(frame);
      if (language == tracebackLanguage) {
        Frame exact = takeMatching(traceback, function);
        if (exact != null) {
          file = exact.file();
          line = exact.line();
        }
      }
      GuestFrame guestFrame =
          new GuestFrame(language, moduleOf(file), function, fileName(file), line);
      guestFrames.add(guestFrame);
      out.add(guestFrame.toStackTraceElement());
    }
    return out.toArray(new StackTraceElement[0]);
  }

  /** The next traceback frame for {@code function}, skipping frames GraalVM does not show. */
  private static Frame takeMatching(Deque<Frame> traceback, String function) {
    for (Frame f : traceback) {
      if (f.function().equals(function)) {
        while (traceback.peekFirst() != f) {
          traceback.removeFirst();
        }
        return traceback.removeFirst();
      }
    }
    return null;
  }

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash >= 0 ? path.substring(slash + 1) : path;
  }

  private static String moduleOf(String path) {
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot > 0 && !name.startsWith("<") ? name.substring(0, dot) : name;
  }
}
