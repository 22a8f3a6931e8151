package org.dsr.analytics.io;

/** Another run holds the output folder's lock. */
public class OutputLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputLockedException(String message) {
    super(message);
  }
}
