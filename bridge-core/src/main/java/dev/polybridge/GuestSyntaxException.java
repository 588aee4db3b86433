package dev.polybridge;

import java.util.List;

/**
 * Guest code did not parse.
 *
 * <pre>{@code
 * try {
 *   py.eval("def f(:");
 * } catch (GuestSyntaxException e) {
 *   e.line();    // 1
 *   e.column();  // 6
 * }
 * }</pre>
 */
public class GuestSyntaxException extends GuestException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  /**
   * For backends: a syntax error.
   *
   * @param line 1-based line, or -1 when unknown
   * @param column 1-based column, or -1 when unknown
   */
  public GuestSyntaxException(
      Language language,
      String guestType,
      String guestMessage,
      int line,
      int column,
      List<GuestFrame> guestStackTrace,
      StackTraceElement[] stackTrace) {
    this(language, guestType, guestMessage, line, column, guestStackTrace, stackTrace, null);
  }

  /**
   * For backends: a syntax error with a handle on the guest's exception object.
   *
   * @param line 1-based line, or -1 when unknown
   * @param column 1-based column, or -1 when unknown
   * @param guestObject the guest's exception object, or null
   */
  public GuestSyntaxException(
      Language language,
      String guestType,
      String guestMessage,
      int line,
      int column,
      List<GuestFrame> guestStackTrace,
      StackTraceElement[] stackTrace,
      Handle guestObject) {
    super(language, guestType, guestMessage, guestStackTrace, stackTrace, guestObject);
    this.line = line;
    this.column = column;
  }

  /** The 1-based line of the error, or -1 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the error, or -1 when unknown. */
  public int column() {
    return column;
  }
}
