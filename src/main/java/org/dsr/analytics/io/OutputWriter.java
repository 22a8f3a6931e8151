package org.dsr.analytics.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.PathFilter;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.DatasetSpec;
import org.dsr.analytics.schema.Datasets;
import org.dsr.analytics.schema.SourceHashIds;

/**
 * Writes an output dataset as Parquet ({@code parquet/<name>/}) and as one CSV file ({@code
 * csv/<name>.csv}) under an output directory. Rows are sorted by the dataset's sort columns, so
 * reruns on the same inputs write the same files. Country-level outputs are written by one task;
 * those that grow with the inputs by several, in sorted ranges (several Parquet files, one CSV).
 */
public final class OutputWriter {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutputWriter.class);
  private final Path root;
  private final boolean flat;
  private final Map<String, Long> rowsBySource;

  private OutputWriter(String outputDirectory, boolean flat, Map<String, Long> rowsBySource) {
    this.root = new Path(outputDirectory);
    this.flat = flat;
    this.rowsBySource = Map.copyOf(rowsBySource);
  }

  /** Writes {@code parquet/<name>/} and {@code csv/<name>.csv} under the directory. */
  public OutputWriter(String outputDirectory) {
    this(outputDirectory, false, Map.of());
  }

  /** Writes {@code <name>.parquet/} and {@code <name>.csv} side by side in the directory. */
  public static OutputWriter flat(String directory) {
    return new OutputWriter(directory, true, Map.of());
  }

  /**
   * This writer, told the job's input sources and about how many rows each has (its accepted rows):
   * every source a {@link SourceHashIds} id may name. A dataset sorted by such an id is then sorted
   * by {@link SourceHashIds#sortPrefix} first, in the same order, and cut into ranges of those ids
   * in proportion to the sources' rows rather than by sampling its rows.
   */
  public OutputWriter forSources(Map<String, Long> acceptedRowsBySource) {
    return new OutputWriter(root.toString(), flat, acceptedRowsBySource);
  }

  public Path parquetPath(DatasetSpec spec) {
    return flat
        ? new Path(root, spec.name() + ".parquet")
        : new Path(root, "parquet/" + spec.name());
  }

  public Path csvPath(DatasetSpec spec) {
    return flat
        ? new Path(root, spec.name() + ".csv")
        : new Path(root, "csv/" + spec.name() + ".csv");
  }

  /**
   * The rows of a Parquet dataset, summed from its files' footers: no Spark job and no schema
   * resolution, which cost about 0.3 s per dataset when the manifest counted through Spark. The
   * read options come from {@code conf}: without them each file opened made a new Hadoop
   * configuration, which parses Hadoop's default XML files again (about 13% of the driver's time in
   * a run over one small file).
   */
  public static long parquetRows(Path dataset, org.apache.hadoop.conf.Configuration conf) {
    long rows = 0;
    try {
      FileSystem fs = dataset.getFileSystem(conf);
      ParquetReadOptions options = HadoopReadOptions.builder(conf).build();
      for (FileStatus part : fs.listStatus(dataset, p -> p.getName().endsWith(".parquet"))) {
        try (ParquetFileReader footer =
            ParquetFileReader.open(HadoopInputFile.fromStatus(part, conf), options)) {
          rows += footer.getRecordCount();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dataset, e);
    }
    return rows;
  }

  /** Writes a small text file (UTF-8), replacing it. */
  public void writeText(String fileName, String text, org.apache.hadoop.conf.Configuration conf) {
    Path target = new Path(root, fileName);
    try (var out = target.getFileSystem(conf).create(target, true)) {
      out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException | FSError e) { // FSError: a failed write on Hadoop's local file system
      throw new OutputException("cannot write " + target + ": " + OutputException.reason(e), e);
    }
  }

  /**
   * Writes the dataset's columns, in the spec's order and with the spec's types and comments.
   *
   * @return the rows as written, read from the Parquet files: using them again computes nothing
   */
  public Dataset<Row> write(Dataset<Row> data, DatasetSpec spec) {
    long start = System.nanoTime();
    Column[] order = sortOrder(spec);
    Dataset<Row> selected = data.select(spec.selection());
    // A dataset that grows with the inputs is cut into sorted ranges, written by several tasks: a
    // dataset keyed by a source hash id as its sources' rows say, any other at sampled bounds
    // (adaptive execution merges the ranges of a small one); the country-level ones take one.
    Dataset<Row> partitioned =
        Datasets.growsWithInputs(spec)
            ? idRanges(spec, selected)
                .map(r -> RangePartitions.of(selected, r.range(), r.count()))
                .orElseGet(() -> selected.repartitionByRange(order))
            : selected.repartition(1);
    Path parquet = parquetPath(spec);
    Dataset<Row> written;
    try {
      // Each task writes its sorted rows once, as a Parquet file and as a CSV part beside it: the
      // rows are computed and sorted once, and no checkpoint of them is written and read back.
      partitioned
          .sortWithinPartitions(order)
          .write()
          .mode(SaveMode.Overwrite)
          .format(ParquetWithCsvParts.class.getName())
          .save(parquet.toString());
      joinCsv(parquet, spec, selected);
      written = inFileOrder(selected.sparkSession(), parquet, selected.schema());
    } catch (Exception | FSError e) {
      // Spark's own SparkException is checked, though Scala throws it; Hadoop's local file system
      // reports a failed write (a full disk) as an Error, FSError.
      throw new OutputException(
          "cannot write " + spec.name() + " to " + root + ": " + OutputException.reason(e), e);
    }
    LOG.info(
        "{}: {} rows computed and written in {} ms",
        spec.name(),
        parquetRows(parquet, written.sparkSession().sparkContext().hadoopConfiguration()),
        (System.nanoTime() - start) / 1_000_000);
    return written;
  }

  /**
   * The ranges of a dataset sorted by a {@link SourceHashIds} id, where it has one: as many as
   * Spark's shuffle partitions, or fewer, one per {@value #ROWS_PER_RANGE} rows the sources hold.
   */
  private Optional<SourceHashIds.Ranges> idRanges(DatasetSpec spec, Dataset<Row> rows) {
    int partitions =
        Integer.parseInt(rows.sparkSession().conf().get("spark.sql.shuffle.partitions"));
    long total = rowsBySource.values().stream().mapToLong(Long::longValue).sum();
    int ranges =
        (int) Math.max(1, Math.min(partitions, (total + ROWS_PER_RANGE - 1) / ROWS_PER_RANGE));
    return Datasets.sourceHashId(spec)
        .flatMap(
            id ->
                SourceHashIds.ranges(
                    functions.col(id), functions.col(Columns.SOURCE), rowsBySource, ranges));
  }

  /**
   * Rows per range, below which ranges are not split further: about what adaptive execution's
   * advisory partition size (64 MB) holds of the rows it merged when the ranges were sampled.
   */
  private static final long ROWS_PER_RANGE = 500_000;

  /** The spec's sort columns, led by the prefix of a {@link SourceHashIds} id where it has one. */
  private Column[] sortOrder(DatasetSpec spec) {
    List<Column> order = new ArrayList<>();
    Datasets.sourceHashId(spec)
        .flatMap(
            id ->
                SourceHashIds.sortPrefix(
                    functions.col(id), functions.col(Columns.SOURCE), rowsBySource.keySet()))
        .ifPresent(order::add);
    spec.sortColumns().forEach(c -> order.add(functions.col(c)));
    return order.toArray(Column[]::new);
  }

  /**
   * The rows of a Parquet dataset in the order they were written: its part files in name order (the
   * order of the tasks that wrote them), each read on its own so that Spark, which packs the splits
   * of several files by size, cannot reorder them; a file's own splits stay in order.
   */
  static Dataset<Row> inFileOrder(
      org.apache.spark.sql.SparkSession spark, Path dataset, StructType schema) throws IOException {
    FileSystem fs = dataset.getFileSystem(spark.sparkContext().hadoopConfiguration());
    FileStatus[] parts =
        inNameOrder(
            fs, dataset, p -> p.getName().startsWith("part-") && p.getName().endsWith(".parquet"));
    Dataset<Row> read =
        java.util.Arrays.stream(parts)
            .map(p -> spark.read().schema(schema).parquet(p.getPath().toString()))
            .reduce(Dataset::union)
            .orElseGet(() -> spark.createDataFrame(List.of(), schema));
    return read.select(
        java.util.Arrays.stream(schema.fields())
            .map(OutputWriter::asWritten)
            .toArray(Column[]::new));
  }

  /**
   * The files of a dataset's folder that the filter takes, in name order: the order of the tasks
   * that wrote them, which is the rows' order.
   */
  private static FileStatus[] inNameOrder(FileSystem fs, Path dataset, PathFilter filter)
      throws IOException {
    FileStatus[] files = fs.listStatus(dataset, filter);
    java.util.Arrays.sort(files, java.util.Comparator.comparing(p -> p.getPath().getName()));
    return files;
  }

  /**
   * The column as it was written. Spark reads every Parquet column as nullable; a column written as
   * never null is marked so again (a coalesce that never applies), so that the datasets derived
   * from it (the metrics from the canonical datasets) keep their schemas.
   */
  private static Column asWritten(StructField field) {
    Column column = functions.col(field.name());
    Object filler = field.nullable() ? null : filler(field.dataType());
    Column marked =
        filler == null
            ? column
            : functions.coalesce(column, functions.lit(filler).cast(field.dataType()));
    return marked.as(field.name(), field.metadata());
  }

  /** A value of the type for the coalesce above; null for a type no output column has. */
  private static Object filler(DataType type) {
    if (type.equals(DataTypes.StringType)) {
      return "";
    } else if (type.equals(DataTypes.IntegerType)) {
      return 0;
    } else if (type.equals(DataTypes.LongType)) {
      return 0L;
    } else if (type.equals(DataTypes.DoubleType)) {
      return 0.0;
    } else if (type.equals(DataTypes.BooleanType)) {
      return false;
    } else if (type instanceof DecimalType) {
      return java.math.BigDecimal.ZERO;
    }
    return null;
  }

  /**
   * Joins the CSV parts written beside the Parquet files, in their order (the sort order), below
   * one header line into the single file analysts open, and removes the parts.
   */
  private void joinCsv(Path parquet, DatasetSpec spec, Dataset<Row> rows) throws IOException {
    Path target = csvPath(spec);
    FileSystem fs = target.getFileSystem(rows.sparkSession().sparkContext().hadoopConfiguration());
    FileStatus[] parts = inNameOrder(fs, parquet, ParquetWithCsvParts::isCsvPart);
    try (FSDataOutputStream out = fs.create(target, true)) {
      out.write((String.join(",", rows.columns()) + "\n").getBytes(StandardCharsets.UTF_8));
      for (FileStatus part : parts) {
        try (FSDataInputStream in = fs.open(part.getPath())) {
          in.transferTo(out);
        }
      }
    }
    for (FileStatus part : parts) {
      fs.delete(part.getPath(), false);
    }
  }
}
