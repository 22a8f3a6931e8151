package org.dsr.analytics.io;

import java.util.Locale;

/**
 * Told where a run has got to, at the points where a fault would do the most harm: the tests that
 * kill or disturb a run at a chosen moment pass one that waits there; a production run passes
 * {@link #NONE}.
 */
@FunctionalInterface
public interface RunObserver {
  /** The points a run reports, in the order it reaches them. */
  enum Point {
    /** Every input read and checked; nothing written yet. */
    INGESTED,
    /** The canonical datasets written to the staging folder; the metrics not yet. */
    WRITING,
    /** Everything staged, the manifest included; the published folder not yet touched. */
    PUBLISH,
    /** The published folder moved aside; the staged one not yet moved in. */
    BETWEEN_MOVES;

    /** The point's name in lower case with dashes, as tests and logs name it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  RunObserver NONE = point -> {};

  void reached(Point point);
}
