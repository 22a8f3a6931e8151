package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  private static final long SMALL = SparkSessions.INTERPRETED_BELOW_BYTES - 1;

  @Test
  void smallInputsAreEvaluatedInterpreted() {
    assertThat(SparkSessions.forInputs(SMALL, new SparkConf(false)))
        .isEqualTo(
            Map.of(
                "spark.sql.codegen.wholeStage", "false",
                "spark.sql.codegen.factoryMode", "NO_CODEGEN"));
  }

  @Test
  void inputsFromTheThresholdUpKeepSparksGeneratedCode() {
    assertThat(SparkSessions.forInputs(SparkSessions.INTERPRETED_BELOW_BYTES, new SparkConf(false)))
        .isEmpty();
  }

  @Test
  void aSettingTheRunMakesItselfWins() {
    SparkConf given = new SparkConf(false).set("spark.sql.codegen.wholeStage", "true");
    assertThat(SparkSessions.forInputs(SMALL, given))
        .isEqualTo(Map.of("spark.sql.codegen.factoryMode", "NO_CODEGEN"));
  }

  @Test
  void smallInputSettingsAreWhatARunOverSmallInputsSets() {
    SparkConf nothingGiven = new SparkConf(false);
    Map<String, String> run =
        new java.util.TreeMap<>(SparkSessions.below(SparkSessions.DEFAULTS, nothingGiven));
    run.putAll(SparkSessions.forInputs(SMALL, nothingGiven));
    assertThat(SparkSessions.forSmallInputs())
        .isEqualTo(run)
        .containsEntry("spark.sql.constraintPropagation.enabled", "false")
        .containsEntry("spark.sql.codegen.wholeStage", "false");
  }

  @Test
  void theRunOverTheSessionDefaultsOverTheSizeBasedSettings() {
    Map<String, String> sizeBased = Map.of("a", "size", "b", "size", "c", "size");
    Map<String, String> sessionDefaults = Map.of("b", "session", "c", "session");
    SparkConf given = new SparkConf(false).set("c", "run");
    assertThat(SparkSessions.below(sessionDefaults, given)).isEqualTo(Map.of("b", "session"));
    assertThat(SparkSessions.below(sizeBased, given, sessionDefaults))
        .isEqualTo(Map.of("a", "size"));
  }

  @Test
  void aLocalMasterHasNoLocalityDelayAClusterKeepsSparksUnlessTheRunSetsOne() {
    assertThat(SparkSessions.forMaster(new SparkConf(false).set("spark.master", "local[2]")))
        .isEqualTo(Map.of("spark.locality.wait", "0s"));
    assertThat(SparkSessions.forMaster(new SparkConf(false).set("spark.master", "local[*]")))
        .isEqualTo(Map.of("spark.locality.wait", "0s"));
    assertThat(SparkSessions.forMaster(new SparkConf(false).set("spark.master", "spark://h:7077")))
        .isEmpty();
    assertThat(SparkSessions.forMaster(new SparkConf(false).set("spark.master", "yarn"))).isEmpty();
    assertThat(
            SparkSessions.forMaster(
                new SparkConf(false)
                    .set("spark.master", "local[2]")
                    .set("spark.locality.wait", "1s")))
        .isEmpty();
  }
}
