package org.dsr.analytics.ingest;

import org.dsr.analytics.config.InputSpec;

/** Reads one published layout into its canonical dataset's columns, with each row's issues. */
public interface SourceReader {
  CheckedSource read(ReadContext context, InputSpec input);
}
