package org.dsr.analytics.generate;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Command line of the data generator: {@code --scale N --seed S --out DIR}. */
@Command(
    name = "generate-data",
    mixinStandardHelpOptions = true,
    version = "dsr-analytics generate-data 0.1.0",
    description = {
      "Writes synthetic inputs in the publishers' layouts (EGDI, WDI, AidData GCDF 3.0, dsr",
      "deployments) for every reference country, and DIR/job.json to run the pipeline on them.",
      "Scale 1 = 1,000,000 deployment rows and 100,000 loan rows. Same seed, same bytes.",
      ""
    })
public final class GenerateData implements Callable<Integer> {
  @Option(names = "--scale", required = true, paramLabel = "N", description = "Size factor.")
  private double scale;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  private Path out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new GenerateData()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    Map<String, Long> rows;
    try {
      rows = DataGenerator.generate(out, scale, seed);
    } catch (IllegalArgumentException e) {
      System.err.println("generate-data: " + e.getMessage());
      return 2;
    }
    rows.forEach((file, n) -> System.out.printf("%,12d  %s%n", n, file));
    System.out.printf(
        "generate-data: %s written in %.1f s%n",
        out.resolve(DataGenerator.JOB_FILE), (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
