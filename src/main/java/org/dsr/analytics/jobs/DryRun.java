package org.dsr.analytics.jobs;

import java.io.PrintStream;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.config.JobConfig;
import org.dsr.analytics.io.DelimitedFileReader;
import org.dsr.analytics.io.HadoopConf;
import org.dsr.analytics.io.InputFiles;
import org.dsr.analytics.schema.DatasetSpec;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.schema.SourceLayout;

/**
 * {@code --dry-run}: checks the config and the inputs (files exist, delimited files have their
 * required columns) and prints what a run would read and write. Writes nothing, starts no Spark.
 */
final class DryRun {
  private DryRun() {}

  static void plan(JobConfig config, PrintStream out) {
    Configuration conf = HadoopConf.beforeSpark();
    out.println("dsr-analytics dry run: nothing will be written");
    for (InputSpec input : config.inputs()) {
      SourceLayout layout = input.layout();
      List<String> files = InputFiles.of(input, conf);
      if (layout.dialect() != null && layout.members().isEmpty()) {
        DelimitedFileReader.headers(
            files,
            layout.dialect().withCharset(input.encodingOrDefault()),
            layout.requiredColumns(),
            conf);
      }
      // A release folder's files each have their own columns; of() lists them in members' order.
      for (int i = 0; i < layout.members().size(); i++) {
        DelimitedFileReader.headers(
            List.of(files.get(i)),
            layout.dialect().withCharset(input.encodingOrDefault()),
            layout.members().get(i).requiredColumns(),
            conf);
      }
      long bytes = InputFiles.totalBytes(files, conf);
      out.printf(
          "  input %-26s %-24s %4d file(s) %,12d bytes  %s%n",
          input.source(), layout.id(), files.size(), bytes, input.path());
    }
    out.println("  output " + config.output() + ":");
    for (DatasetSpec spec : Datasets.all()) {
      out.println("    parquet/" + spec.name() + "/, csv/" + spec.name() + ".csv");
    }
    if (config.comparison() != null) {
      out.println("    comparison/ (csv, parquet, md, html)");
    }
    out.println("  inputs and config are valid");
  }
}
