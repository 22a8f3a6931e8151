package org.dsr.analytics.io;

/**
 * How a run's outputs become the published ones, atomically where the outputs live: {@link
 * OutputDirectory#open} chooses one by the output's file system. A run writes everything into
 * {@link #staging}, then calls {@link #publish} once; closing releases the output's lock and
 * removes what an unpublished run wrote.
 */
public interface PublishProtocol extends AutoCloseable {
  /** Where this run writes its outputs until {@link #publish}. */
  String staging();

  /** Where analysts find this run's outputs once published. */
  String published();

  String runId();

  /** Makes the staged outputs the published ones, all or nothing. */
  void publish();

  @Override
  void close();
}
