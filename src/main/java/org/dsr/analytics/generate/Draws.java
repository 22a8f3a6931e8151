package org.dsr.analytics.generate;

import java.util.SplittableRandom;

/** Seeded random streams and the few distributions the generator draws from. */
final class Draws {
  private Draws() {}

  /**
   * One independent stream per file (or per table of traits), so that adding rows to one file never
   * changes another, and the same seed always gives the same bytes.
   */
  static SplittableRandom stream(long seed, String name) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ name.hashCode());
  }

  static double logNormal(SplittableRandom random, double mu, double sigma) {
    return Math.exp(mu + sigma * random.nextGaussian());
  }

  static double clamp01(double x) {
    return Math.max(0.0, Math.min(1.0, x));
  }

  /** Rounds half up to 4 decimals, the precision the UN publishes EGDI values with. */
  static double round4(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }

  /** A whole number of cents as a plain decimal: 123456 -> "1234.56". */
  static String cents(long cents) {
    return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
  }
}
