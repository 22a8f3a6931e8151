package org.dsr.analytics.ingest;

/**
 * The inputs break a data-quality threshold or a rule whose severity is fail, or no accepted row
 * leaves anything to compute.
 */
public class DataQualityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DataQualityException(String message) {
    super(message);
  }
}
