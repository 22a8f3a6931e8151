package org.dsr.analytics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.not;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dsr.analytics.io.PlanCut;
import org.dsr.analytics.schema.Columns;
import org.dsr.analytics.schema.DatasetSpec;
import org.dsr.analytics.schema.Datasets;

/**
 * The datasets the readers feed, and what ingestion does for each: the checks across its rows (a
 * key that must not repeat, the EGDI rank order) and the steps from its accepted rows to the
 * dataset's own rows. A new canonical dataset is a constant here and its spec in {@link Datasets}.
 */
public enum Target {
  EGDI(Datasets.EGDI) {
    @Override
    Dataset<Row> check(Dataset<Row> read, Disposition d) {
      // Both sources' rows are read twice below (the UN rows in the union and the comparison, the
      // Data360 rows in their cells and the join back): computed once, with a short plan to
      // analyse at each later step. EGDI inputs are small at any scale (a row per country and
      // edition), so this costs no more than the one Spark job.
      Dataset<Row> rows = PlanCut.of(read);
      // The UN rows are keyed by country and edition; a Data360 row, by country and index, gets
      // its editions only when they are compared with the UN rows, so they are never duplicates.
      Dataset<Row> keyed =
          KeyChecks.duplicates(
              rows.where(EgdiSources.isUn()),
              d,
              List.of(Columns.ISO3, Columns.SURVEY_YEAR),
              List.of(
                  Columns.EGDI,
                  Columns.OSI,
                  Columns.HCI,
                  Columns.TII,
                  Columns.EPI,
                  Columns.UN_RANK));
      Dataset<Row> un = EgdiChecks.rankOrder(keyed, d);
      Dataset<Row> data360 =
          KeyChecks.duplicates(
              rows.where(not(EgdiSources.isUn())),
              d,
              List.of(Columns.ISO3, EgdiSources.COMPONENT),
              List.of(EgdiSources.EDITIONS));
      return un.unionByName(EgdiSources.compare(data360, un, d), true);
    }

    @Override
    Dataset<Row> finish(Dataset<Row> accepted) {
      Column[] columns =
          Datasets.EGDI.columns().stream().map(c -> col(c.name())).toArray(Column[]::new);
      return EgdiEditions.derive(
          accepted
              .where(EgdiSources.isUn())
              .select(columns)
              .unionByName(EgdiSources.editions(accepted)));
    }

    @Override
    Map<DatasetSpec, Dataset<Row>> reports(Dataset<Row> tagged) {
      return Map.of(Datasets.EGDI_DIFFERENCES, EgdiSources.differences(tagged));
    }
  },
  MACRO(Datasets.MACRO) {
    @Override
    Dataset<Row> check(Dataset<Row> rows, Disposition d) {
      return KeyChecks.duplicates(
          PlanCut.of(rows),
          d,
          List.of(Columns.ISO3, Columns.INDICATOR_CODE, Columns.YEAR),
          List.of(MacroReader.OBSERVATIONS));
    }

    /** One row per observation: a wide WDI row holds a year's value in each of its cells. */
    @Override
    Dataset<Row> finish(Dataset<Row> accepted) {
      return accepted
          .drop(Columns.YEAR)
          .withColumn("_observation", explode(col(MacroReader.OBSERVATIONS)))
          .withColumn(Columns.YEAR, col("_observation").getField(Columns.YEAR))
          .withColumn(Columns.VALUE, col("_observation").getField(Columns.VALUE));
    }
  },
  LOANS(Datasets.LOANS) {
    /**
     * A loan id repeats nowhere; a project that two releases among the inputs hold is kept from the
     * later one; and a project key repeats nowhere (one release read by two inputs).
     */
    @Override
    Dataset<Row> check(Dataset<Row> rows, Disposition d) {
      List<String> values =
          List.of(Columns.ISO3, Columns.COMMITMENT_YEAR, Columns.AMOUNT_USD, Columns.SECTOR);
      Dataset<Row> byId =
          KeyChecks.duplicates(PlanCut.of(rows), d, List.of(Columns.LOAN_ID), values);
      Dataset<Row> released =
          KeyChecks.laterRelease(byId, d, Columns.PROJECT_KEY, LoanRows.RELEASE);
      return KeyChecks.duplicates(released, d, List.of(Columns.PROJECT_KEY), values);
    }

    @Override
    boolean storesCheckedRows() {
      return false;
    }

    @Override
    Column recordFiles() {
      return col(LoanRows.RECORD_FILES);
    }
  },
  DEPLOYMENTS(Datasets.DEPLOYMENTS) {
    @Override
    Dataset<Row> check(Dataset<Row> rows, Disposition d) {
      return KeyChecks.duplicates(
          PlanCut.of(rows),
          d,
          List.of(
              Columns.SOURCE,
              Columns.ISO3,
              DeploymentRows.VENDORS,
              Columns.PROJECT,
              Columns.YEAR,
              Columns.CATEGORY,
              DeploymentRows.RECORD_KEY),
          List.of(Columns.VALUE_USD, Columns.SOURCE_URL));
    }

    @Override
    boolean storesCheckedRows() {
      return false;
    }

    /** One row per vendor: a joint deal names several. */
    @Override
    Dataset<Row> finish(Dataset<Row> accepted) {
      return DeploymentRows.perVendor(accepted);
    }
  },
  /** Rows read only for their countries, for the harmonisation report: checked, never written. */
  REFERENCE_ONLY(null) {
    @Override
    Dataset<Row> check(Dataset<Row> rows, Disposition d) {
      return rows;
    }
  };

  private final DatasetSpec spec;

  Target(DatasetSpec spec) {
    this.spec = spec;
  }

  /** The datasets ingestion writes, in the order of the outputs. */
  public static List<Target> written() {
    return List.of(EGDI, MACRO, LOANS, DEPLOYMENTS);
  }

  /** The written dataset; none for {@link #REFERENCE_ONLY}. */
  public DatasetSpec spec() {
    return spec;
  }

  /** The name the logs give it. */
  String label() {
    return spec == null ? "reference_only" : spec.name();
  }

  /**
   * The checks across the rows of every input that feeds this dataset. The checked rows are stored
   * first ({@link PlanCut}): the key checks read them several times, and parsing them is the
   * costliest step of all.
   */
  abstract Dataset<Row> check(Dataset<Row> rows, Disposition d);

  /**
   * Whether the checked rows are stored again ({@link PlanCut}) before they are written and
   * counted. Not where the check is the stored read rows joined to small per-key tables (the key
   * checks), or the rows themselves when no key repeats: each later use computes that again for
   * less than it costs to store every row a second time (docs/benchmarks.md, session 13).
   */
  boolean storesCheckedRows() {
    return true;
  }

  /**
   * The files each checked row's record was read from, whose reconciliation counts its outcome: its
   * source_file by default.
   */
  Column recordFiles() {
    return array(col(Columns.SOURCE_FILE));
  }

  /** The datasets {@link #reports} writes beside the written ones. */
  public static List<DatasetSpec> reported() {
    return List.of(Datasets.EGDI_DIFFERENCES);
  }

  /** Datasets reported from the checked rows of every outcome; none by default. */
  Map<DatasetSpec, Dataset<Row>> reports(Dataset<Row> tagged) {
    return Map.of();
  }

  /** From accepted rows to the dataset's own rows; the rows as they are by default. */
  Dataset<Row> finish(Dataset<Row> accepted) {
    return accepted;
  }
}
