package org.dsr.analytics.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a synthetic input set in the publishers' layouts, sized by a scale factor, plus the job
 * config that runs the pipeline on it. The same seed gives byte-identical files: every file draws
 * from its own seeded stream and nothing depends on the clock.
 */
public final class DataGenerator {
  public static final long DEPLOYMENTS_PER_SCALE = 1_000_000;
  public static final long LOANS_PER_SCALE = 100_000;
  public static final String JOB_FILE = "job.json";
  static final String DEPLOYMENTS_FILE = "deployments/deployments.csv";
  static final String LOANS_FILE = "loans/aiddata-gcdf3-projects.csv";

  private DataGenerator() {}

  /**
   * @param out folder to write into (created if absent; files of the same name are replaced)
   * @param scale 1 = a million deployment rows and a hundred thousand loan rows
   * @return the data rows written per file, by path relative to {@code out}
   */
  public static Map<String, Long> generate(Path out, double scale, long seed) throws IOException {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("scale is " + scale + "; expected more than 0");
    }
    List<CountryTraits> countries = CountryTraits.all(seed);
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("egdi", EgdiFiles.write(out.resolve("egdi"), countries, seed));
    WdiFiles.write(out.resolve("wdi"), countries, seed).forEach((f, n) -> rows.put("wdi/" + f, n));
    long loans = Math.round(scale * LOANS_PER_SCALE);
    LoansFile.write(out.resolve(LOANS_FILE), countries, loans, seed);
    rows.put(LOANS_FILE, loans);
    long deployments = Math.round(scale * DEPLOYMENTS_PER_SCALE);
    DeploymentsFile.write(out.resolve(DEPLOYMENTS_FILE), countries, deployments, seed);
    rows.put(DEPLOYMENTS_FILE, deployments);
    writeJob(out.resolve(JOB_FILE));
    return rows;
  }

  /** A job config like jobs/sample.json, with paths relative to its own folder. */
  private static void writeJob(Path file) throws IOException {
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("output", "out");
    job.put(
        "inputs",
        List.of(
            input("egdi", "un_egdi", "egdi"),
            input("wdi_internet_users", "wdi_wide", "wdi/API_*.csv"),
            input("wdi_country_metadata", "wdi_country_metadata", "wdi/Metadata_Country_*.csv"),
            indicator("wdi_gdp", WdiFiles.GDP_FILE, "NY.GDP.MKTP.CD"),
            indicator("wdi_population", WdiFiles.POPULATION_FILE, "SP.POP.TOTL"),
            input("aiddata_gcdf3", "aiddata_gcdf3", LOANS_FILE),
            input("deployments", "dsr_deployments", DEPLOYMENTS_FILE)));
    Files.writeString(
        file,
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(job)
            + "\n");
  }

  private static Map<String, String> input(String source, String layout, String path) {
    Map<String, String> input = new LinkedHashMap<>();
    input.put("source", source);
    input.put("layout", layout);
    input.put("path", path);
    return input;
  }

  private static Map<String, String> indicator(String source, String file, String code) {
    Map<String, String> input = input(source, "wdi_long", "wdi/" + file);
    input.put("indicator", code);
    return input;
  }
}
