package org.dsr.analytics.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the rows of one input file ended: read = accepted + excluded + rejected + failed, the last
 * three by the rule that decided; warnings are counted beside, by rule, without deciding anything.
 *
 * @param source the input's source name
 * @param file the file (an xlsx file's sheet as {@code file#sheet})
 * @param read rows read
 * @param accepted rows in the canonical dataset
 * @param excluded rows left out by design, by rule
 * @param rejected rows in the rejects dataset, by rule
 * @param failed rows that broke a rule whose severity is fail, by rule
 * @param warned warnings, by rule
 */
public record FileOutcomes(
    String source,
    String file,
    long read,
    long accepted,
    Map<String, Long> excluded,
    Map<String, Long> rejected,
    Map<String, Long> failed,
    Map<String, Long> warned) {

  public FileOutcomes {
    excluded = byRuleName(excluded);
    rejected = byRuleName(rejected);
    failed = byRuleName(failed);
    warned = byRuleName(warned);
  }

  /** An unmodifiable copy that iterates in rule-name order, so every use of it is repeatable. */
  private static Map<String, Long> byRuleName(Map<String, Long> counts) {
    return Collections.unmodifiableMap(new TreeMap<>(counts));
  }

  /** Whether every row read has exactly one outcome. */
  public boolean reconciles() {
    return read == accepted + sum(excluded) + sum(rejected) + sum(failed);
  }

  /**
   * The counts under the keys the manifest shows: {@code read}, {@code accepted}, and {@code
   * <outcome>/<rule>} for the others.
   */
  public Map<String, Long> byOutcomeKey() {
    Map<String, Long> keyed = new TreeMap<>();
    keyed.put(Reconciliation.READ, read);
    keyed.put(Disposition.ACCEPTED, accepted);
    byOutcome()
        .forEach(
            (outcome, rules) -> rules.forEach((rule, n) -> keyed.put(outcome + "/" + rule, n)));
    return keyed;
  }

  /** The outcomes other than accepted, each with its counts by rule, in a fixed order. */
  Map<String, Map<String, Long>> byOutcome() {
    Map<String, Map<String, Long>> outcomes = new LinkedHashMap<>();
    outcomes.put(Disposition.EXCLUDED, excluded);
    outcomes.put(Disposition.REJECTED, rejected);
    outcomes.put(Disposition.FAILED, failed);
    outcomes.put(Reconciliation.WARNED, warned);
    return outcomes;
  }

  private static long sum(Map<String, Long> byRule) {
    return byRule.values().stream().mapToLong(Long::longValue).sum();
  }
}
