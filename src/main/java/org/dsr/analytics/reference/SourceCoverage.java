package org.dsr.analytics.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dsr.analytics.config.CoverageSpec;
import org.dsr.analytics.config.InputSpec;
import org.dsr.analytics.schema.SourceLayout;

/**
 * The countries and years each loan and deployment source covers (docs/methodology.md, "Coverage"):
 * its layout's published coverage ({@code reference/source-coverage.csv}), unless the input
 * declares its own ({@link CoverageSpec}).
 */
public final class SourceCoverage {
  static final String RESOURCE = "/reference/source-coverage.csv";

  /** What a source's records measure: loans the finance component, deployments the other three. */
  public enum Measure {
    FINANCE,
    DEPLOYMENTS;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One input's coverage.
   *
   * @param source the input's source name
   * @param measures what its records measure
   * @param iso3 the countries covered
   * @param fromYear the first year covered; null for the first year of its records
   * @param toYear the last year covered; null for the last year of its records
   * @param basis where the declaration comes from, for the outputs
   */
  public record Declared(
      String source,
      Measure measures,
      Set<String> iso3,
      Integer fromYear,
      Integer toYear,
      String basis)
      implements java.io.Serializable {}

  private record LayoutCoverage(
      Measure measures, List<String> countries, Integer fromYear, Integer toYear, String basis) {}

  private static final Map<SourceLayout, LayoutCoverage> PUBLISHED = load();

  private SourceCoverage() {}

  /**
   * The coverage of an input whose layout holds loans or deployments; empty for other layouts.
   *
   * @throws IllegalArgumentException naming a country term that is neither "all", a UN region or
   *     sub-region, nor an ISO3 code of the reference
   */
  public static Optional<Declared> of(InputSpec input, CountryReference reference) {
    LayoutCoverage published = PUBLISHED.get(input.layout());
    if (published == null) {
      return Optional.empty();
    }
    CoverageSpec own = input.coverage();
    List<String> terms =
        own != null && own.countries() != null ? own.countries() : published.countries();
    Integer from = own != null && own.fromYear() != null ? own.fromYear() : published.fromYear();
    Integer to = own != null && own.toYear() != null ? own.toYear() : published.toYear();
    String basis =
        own != null
            ? "declared by the input (coverage)"
            : "layout " + input.layout().id() + ": " + published.basis();
    return Optional.of(
        new Declared(
            input.source(), published.measures(), countries(terms, reference), from, to, basis));
  }

  /** The countries that "all", UN regions, UN sub-regions and ISO3 codes name. */
  static Set<String> countries(List<String> terms, CountryReference reference) {
    Set<String> out = new TreeSet<>();
    for (String term : terms) {
      boolean named = false;
      for (Country c : reference.countries()) {
        if (term.equals("all") || matches(term, c)) {
          out.add(c.iso3());
          named = true;
        }
      }
      if (!named) {
        throw new IllegalArgumentException(
            "'"
                + term
                + "', which is neither 'all', a UN region or sub-region, nor an ISO3 code of the"
                + " country reference");
      }
    }
    return out;
  }

  private static boolean matches(String term, Country c) {
    return term.equals(c.region()) || term.equals(c.subRegion()) || term.equals(c.iso3());
  }

  private static Map<SourceLayout, LayoutCoverage> load() {
    Map<SourceLayout, LayoutCoverage> out = new EnumMap<>(SourceLayout.class);
    try (InputStream in = SourceCoverage.class.getResourceAsStream(RESOURCE);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        out.put(
            SourceLayout.fromId(r.get("layout")),
            new LayoutCoverage(
                Measure.valueOf(r.get("measures").toUpperCase(java.util.Locale.ROOT)),
                List.of(r.get("countries").split(";")),
                year(r.get("from_year")),
                year(r.get("to_year")),
                r.get("documented_by")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
    return out;
  }

  private static Integer year(String text) {
    return text.isEmpty() ? null : Integer.valueOf(text);
  }
}
