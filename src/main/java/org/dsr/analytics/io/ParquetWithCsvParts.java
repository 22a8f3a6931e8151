package org.dsr.analytics.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.datasources.OutputWriter;
import org.apache.spark.sql.execution.datasources.OutputWriterFactory;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat;
import org.apache.spark.sql.types.StructType;

/**
 * Spark's Parquet file format that also writes, beside each Parquet file, the same rows in the same
 * order as CSV lines (no header) in a hidden file named after it ({@value #CSV_PART_PREFIX}{@code
 * part-...csv}): both formats from one pass over the sorted rows, instead of a second job that
 * reads the Parquet files back to write the CSV. The CSV part is written in the task attempt's own
 * folder, so Spark's commit protocol publishes it with its Parquet file or not at all (a failed or
 * retried task leaves nothing). Spark's readers skip files whose names start with {@code _}.
 *
 * <p>Used by class name: {@code write().format(ParquetWithCsvParts.class.getName())}.
 */
public final class ParquetWithCsvParts extends ParquetFileFormat {
  private static final String CSV_PART_PREFIX = "_csv-";

  @Override
  public OutputWriterFactory prepareWrite(
      SparkSession session,
      Job job,
      scala.collection.immutable.Map<String, String> options,
      StructType dataSchema) {
    CsvLines.check(dataSchema); // on the driver, before any task starts
    return new Factory(super.prepareWrite(session, job, options, dataSchema));
  }

  @Override
  public String toString() {
    return "ParquetWithCsvParts";
  }

  /** Whether the file is a CSV part written by this format. */
  static boolean isCsvPart(Path file) {
    return file.getName().startsWith(CSV_PART_PREFIX + "part-");
  }

  /** The CSV part beside a Parquet file: its name without the extension, hidden, {@code .csv}. */
  static Path csvPartOf(Path parquetFile) {
    String name = parquetFile.getName();
    int dot = name.indexOf('.');
    return new Path(
        parquetFile.getParent(),
        CSV_PART_PREFIX + (dot < 0 ? name : name.substring(0, dot)) + ".csv");
  }

  private static final class Factory extends OutputWriterFactory {
    private final OutputWriterFactory parquet;

    Factory(OutputWriterFactory parquet) {
      this.parquet = parquet;
    }

    @Override
    public String getFileExtension(TaskAttemptContext context) {
      return parquet.getFileExtension(context);
    }

    @Override
    public OutputWriter newInstance(String path, StructType schema, TaskAttemptContext context) {
      OutputWriter parquetFile = parquet.newInstance(path, schema, context);
      Path csvPart = csvPartOf(new Path(path));
      try {
        FileSystem fs = csvPart.getFileSystem(context.getConfiguration());
        BufferedWriter out =
            new BufferedWriter(
                new OutputStreamWriter(fs.create(csvPart, false), StandardCharsets.UTF_8), 1 << 16);
        return new BothFiles(parquetFile, CsvLines.of(schema, out));
      } catch (IOException e) {
        parquetFile.close();
        throw new UncheckedIOException("cannot create " + csvPart, e);
      }
    }
  }

  private static final class BothFiles extends OutputWriter {
    private final OutputWriter parquet;
    private final CsvLines csv;

    BothFiles(OutputWriter parquet, CsvLines csv) {
      this.parquet = parquet;
      this.csv = csv;
    }

    @Override
    public void write(InternalRow row) {
      parquet.write(row);
      csv.write(row);
    }

    @Override
    public void close() {
      try {
        parquet.close();
      } finally {
        csv.close();
      }
    }

    @Override
    public String path() {
      return parquet.path();
    }
  }
}
