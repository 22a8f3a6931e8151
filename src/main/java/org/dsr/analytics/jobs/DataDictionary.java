package org.dsr.analytics.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dsr.analytics.ingest.Rule;
import org.dsr.analytics.ingest.Rules;
import org.dsr.analytics.schema.ColumnSpec;
import org.dsr.analytics.schema.DatasetSpec;
import org.dsr.analytics.schema.Datasets;

/**
 * Generates docs/data-dictionary.md from {@link Datasets}: every column of every output dataset
 * with its type, unit and meaning. A test fails when the committed file differs from this.
 */
public final class DataDictionary {
  private DataDictionary() {}

  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Data dictionary\n\n")
        .append(
            "Generated from the code (`org.dsr.analytics.schema.Datasets`, `org.dsr.analytics.ingest.Rules`) by")
        .append(" `./scripts/update-docs.sh`; do not edit by hand.\n")
        .append("Every dataset is written as Parquet (`out/parquet/<dataset>/`, the descriptions")
        .append(" below in each column's metadata) and CSV (`out/csv/<dataset>.csv`).\n");
    for (DatasetSpec spec : Datasets.documented()) {
      md.append("\n## `").append(spec.name()).append("`\n\n");
      md.append("One row per ").append(spec.rowMeaning()).append(". Sorted by ");
      md.append(String.join(", ", spec.sortColumns().stream().map(c -> "`" + c + "`").toList()));
      md.append(".\n\n| column | type | unit | meaning |\n| --- | --- | --- | --- |\n");
      for (ColumnSpec c : spec.columns()) {
        md.append("| `")
            .append(c.name())
            .append("` | ")
            .append(c.type().simpleString())
            .append(" | ")
            .append(c.unit())
            .append(" | ")
            .append(c.description().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    md.append("\n## Data rules\n\n")
        .append("Every input row is accepted, excluded or rejected by these rules (`rejects.rule`,")
        .append(" `reconciliation.rule`). A job config may change a rule's severity with")
        .append(
            " `rule_severity`.\n\n| rule | default severity | what it checks |\n| --- | --- | --- |\n");
    for (Rule r : Rules.all()) {
      md.append("| `")
          .append(r.name())
          .append("` | ")
          .append(r.severity().label())
          .append(" | ")
          .append(r.description().replace("|", "\\|"))
          .append(" |\n");
    }
    return md.toString();
  }

  /** Writes the dictionary to the file named by the first argument. */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "docs/data-dictionary.md");
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.writeString(target, markdown(), StandardCharsets.UTF_8);
  }
}
