package org.dsr.analytics.io;

/** An input is missing, unreadable or not in the layout the job expects. */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
