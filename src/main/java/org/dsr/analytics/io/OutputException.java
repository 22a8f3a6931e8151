package org.dsr.analytics.io;

/**
 * The outputs cannot be written or published: the output file system is full or read-only, or a
 * folder cannot be created. The previously published outputs are untouched.
 */
public class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The innermost I/O error's message ("No space left on device"), or the exception's own. */
  public static String reason(Throwable e) {
    String reason = e.toString();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException) {
        reason = t.getClass().getSimpleName() + ": " + t.getMessage();
      }
    }
    return reason;
  }
}
