package org.dsr.analytics.io;

/**
 * The configured output is not a folder dsr-analytics may replace (a file, or a folder it did not
 * write); a usage error, so nothing was touched.
 */
public class OutputRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputRefusedException(String message) {
    super(message);
  }
}
