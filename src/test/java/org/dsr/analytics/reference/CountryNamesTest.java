package org.dsr.analytics.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryNamesTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "Côte d'Ivoire|cote divoire",
        "Côte d’Ivoire|cote divoire",
        "Cote d'Ivoire |cote divoire",
        "'  Bolivia   (Plurinational State of)  '|bolivia plurinational state of",
        "Congo, Dem. Rep.|congo dem rep",
        "The Gambia|gambia",
        "Gambia, The|gambia the",
        "Türkiye|turkiye",
        "São Tomé and Príncipe|sao tome and principe",
        "Guinea-Bissau|guinea bissau",
        "Bosnia & Herzegovina|bosnia and herzegovina",
        "Curaçao|curacao",
        "Theland|theland",
        "ＪＡＰＡＮ|japan",
      })
  void normalisesSpellingVariantsToOneKey(String raw, String expected) {
    assertThat(CountryNames.normalise(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "'   '", "'.,;'"})
  void blankOrPunctuationOnlyNamesNormaliseToEmpty(String raw) {
    assertThat(CountryNames.normalise(raw)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void nullNormalisesToEmpty() {
    assertThat(CountryNames.normalise(null)).isEmpty();
  }
}
