package org.dsr.analytics.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dsr.analytics.schema.CodeKind.COW;
import static org.dsr.analytics.schema.CodeKind.ISO3;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryHarmoniserTest {
  private static final CountryReference REFERENCE = CountryReference.bundled();
  private final CountryHarmoniser harmoniser =
      new CountryHarmoniser(REFERENCE, CountryOverrides.none());

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "Iran (Islamic Republic of) |IRN|exact",
        "Congo|COG|exact",
        "Democratic Republic of the Congo|COD|exact",
        "Congo, Dem. Rep.|COD|alias",
        "DR Congo|COD|alias",
        "Congo, Rep.|COG|alias",
        "Niger|NER|exact",
        "Nigeria|NGA|exact",
        "Dominica|DMA|exact",
        "Dominican Republic|DOM|exact",
        "Guinea|GIN|exact",
        "Guinea-Bissau|GNB|exact",
        "Equatorial Guinea|GNQ|exact",
        "Papua New Guinea|PNG|exact",
        "Bolivia (Plurinational State of)|BOL|exact",
        "Côte d'Ivoire|CIV|exact",
        "Cote d'Ivoire|CIV|exact",
        "Ivory Coast|CIV|alias",
        "Türkiye|TUR|exact",
        "Turkey|TUR|alias",
        "Cabo Verde|CPV|exact",
        "Cape Verde|CPV|alias",
        "Viet Nam|VNM|exact",
        "Republic of Korea|KOR|exact",
        "Korea, Rep.|KOR|alias",
        "South Korea|KOR|alias",
        "United Republic of Tanzania|TZA|exact",
        "Micronesia (Federated States of)|FSM|exact",
        "State of Palestine|PSE|exact",
        "West Bank and Gaza|PSE|alias",
        "Eswatini|SWZ|exact",
        "Swaziland|SWZ|alias",
        "North Macedonia|MKD|exact",
        "The former Yugoslav Republic of Macedonia|MKD|alias",
        "Czechia|CZE|exact",
        "Czech Republic|CZE|alias",
        "Georgia (Country)|GEO|alias",
        "Kosovo|XKX|exact",
      })
  void resolvesNamesAcrossSources(String raw, String iso3, String method) {
    CountryMatch match = harmoniser.matchName(raw);
    assertThat(match.iso3()).isEqualTo(iso3);
    assertThat(match.method().label()).isEqualTo(method);
  }

  @ParameterizedTest
  @CsvSource({
    "World",
    "Sub-Saharan Africa",
    "Upper middle income",
    "Africa Eastern and Southern",
    "Regional",
    "'Africa, regional'"
  })
  void recognisesAggregatesExplicitly(String raw) {
    CountryMatch match = harmoniser.matchName(raw);
    assertThat(match.method()).isEqualTo(MatchMethod.AGGREGATE);
    assertThat(match.iso3()).isNull();
    assertThat(match.excluded()).isTrue();
    assertThat(match.note()).contains("aggregate");
  }

  @Test
  void unmatchedNameGetsThreeClosestSuggestions() {
    CountryMatch match = harmoniser.matchName("Keyna");
    assertThat(match.method()).isEqualTo(MatchMethod.UNMATCHED);
    assertThat(match.iso3()).isNull();
    assertThat(match.excluded()).isFalse();
    assertThat(match.suggestions()).hasSize(3).first().isEqualTo("Kenya");
  }

  @Test
  void aNameLongerThanAnyCountryIsUnmatchedWithoutSuggestionsAndQuickly() {
    // 1,000 times the longest reference name: an edit distance against each would take minutes.
    String huge = "kenya".repeat(20_000);
    long start = System.nanoTime();
    CountryMatch match = harmoniser.matchName(huge);
    assertThat(match.method()).isEqualTo(MatchMethod.UNMATCHED);
    assertThat(match.suggestions()).isEmpty();
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(java.time.Duration.ofSeconds(5));
    assertThat(
            harmoniser
                .matchName("k".repeat(CountryHarmoniser.LONGEST_PLAUSIBLE_NAME))
                .suggestions())
        .hasSize(3);
  }

  @Test
  void aLongNameIsNamedByItsExcerptInMessages() {
    String huge = "x".repeat(300_000);
    assertThat(CountryHarmonisation.message(huge, null, harmoniser.matchName(huge)))
        .isEqualTo(
            "country '"
                + "x".repeat(200)
                + "... [truncated: 300000 characters]' is not in the country reference");
  }

  @Test
  void suggestionsAreDistinctCountries() {
    // "Congo Republik" is close to both Congo names and several of their aliases.
    assertThat(harmoniser.matchName("Congo Republik").suggestions())
        .hasSize(3)
        .doesNotHaveDuplicates()
        .contains("Congo");
  }

  @Test
  void emptyNameOrCodeIsMissingNotUnmatched() {
    CountryMatch match = harmoniser.matchName("  ");
    assertThat(match.method()).isEqualTo(MatchMethod.MISSING);
    assertThat(match.note()).isEqualTo("no country name");
    assertThat(match.excluded()).isFalse();
    CountryMatch neither = harmoniser.matchCode("", ISO3, "");
    assertThat(neither.method()).isEqualTo(MatchMethod.MISSING);
    assertThat(neither.note()).isEqualTo("no country name or code");
  }

  @Test
  void codeConsistentWithNameMatchesByCode() {
    CountryMatch match = harmoniser.matchCode("KEN", ISO3, "Kenya");
    assertThat(match.iso3()).isEqualTo("KEN");
    assertThat(match.method()).isEqualTo(MatchMethod.CODE);
    assertThat(match.note()).isNull();
  }

  @Test
  void codeContradictingItsNameIsAConflictNotTrusted() {
    CountryMatch match = harmoniser.matchCode("NER", ISO3, "Nigeria");
    assertThat(match.iso3()).isNull();
    assertThat(match.method()).isEqualTo(MatchMethod.CODE_CONFLICT);
    assertThat(match.note())
        .isEqualTo("code 'NER' is NER (Niger) but name 'Nigeria' is NGA (Nigeria)");
  }

  @Test
  void countryCodeWithAnAggregateNameIsAConflict() {
    CountryMatch match = harmoniser.matchCode("KEN", ISO3, "World");
    assertThat(match.method()).isEqualTo(MatchMethod.CODE_CONFLICT);
    assertThat(match.note())
        .isEqualTo("code 'KEN' is KEN (Kenya) but name 'World' is an aggregate");
  }

  @Test
  void codeWithAnUnknownNameIsTrustedAndNoted() {
    CountryMatch match = harmoniser.matchCode("AGO", ISO3, "Luanda");
    assertThat(match.iso3()).isEqualTo("AGO");
    assertThat(match.method()).isEqualTo(MatchMethod.CODE);
    assertThat(match.note()).isEqualTo("name 'Luanda' not in the reference; code trusted");
  }

  @Test
  void worldBankAggregateCodeIsAnAggregate() {
    CountryMatch match = harmoniser.matchCode("AFE", ISO3, "Africa Eastern and Southern");
    assertThat(match.method()).isEqualTo(MatchMethod.AGGREGATE);
    assertThat(match.note()).isEqualTo("region aggregate 'Africa Eastern and Southern'");
  }

  @Test
  void unknownOrEmptyCodeFallsBackToTheName() {
    CountryMatch empty = harmoniser.matchCode("", ISO3, "Africa, regional");
    assertThat(empty.method()).isEqualTo(MatchMethod.AGGREGATE);
    assertThat(empty.note()).isEqualTo("no ISO3 code; region aggregate 'Regional'");

    CountryMatch unknown = harmoniser.matchCode("ZZZ", ISO3, "Cape Verde");
    assertThat(unknown.iso3()).isEqualTo("CPV");
    assertThat(unknown.method()).isEqualTo(MatchMethod.ALIAS);
    assertThat(unknown.note()).isEqualTo("ISO3 code 'ZZZ' is not known; matched by name");
  }

  @Test
  void codeAloneThatIsUnknownIsUnmatchedWithReason() {
    CountryMatch match = harmoniser.matchCode("999", COW, null);
    assertThat(match.method()).isEqualTo(MatchMethod.UNMATCHED);
    assertThat(match.note()).isEqualTo("COW code '999' is not known");
  }

  @Test
  void correlatesOfWarCodesResolve() {
    assertThat(harmoniser.matchCode("402", COW, null).iso3()).isEqualTo("CPV");
    assertThat(harmoniser.matchCode("490", COW, null).iso3()).isEqualTo("COD");
    assertThat(harmoniser.matchCode("484", COW, null).iso3()).isEqualTo("COG");
    assertThat(harmoniser.matchCode("abc", COW, null).method()).isEqualTo(MatchMethod.UNMATCHED);
  }

  @Test
  void overridesComeFirstForNamesAndForUnknownCodes() throws IOException {
    String file =
        """
        raw_name,iso3
        # a comment line
        Keyna,KEN
        "Georgia",USA
        Atlantis,exclude
        118,PSE
        """;
    CountryHarmoniser withOverrides =
        new CountryHarmoniser(
            REFERENCE, CountryOverrides.parse(new StringReader(file), "overrides.csv", REFERENCE));

    assertThat(withOverrides.matchName("keyna"))
        .isEqualTo(CountryMatch.of("KEN", MatchMethod.OVERRIDE));
    assertThat(withOverrides.matchName("Georgia").iso3()).isEqualTo("USA");
    CountryMatch excluded = withOverrides.matchName("ATLANTIS");
    assertThat(excluded.iso3()).isNull();
    assertThat(excluded.method()).isEqualTo(MatchMethod.OVERRIDE);
    assertThat(excluded.excluded()).isTrue();
    assertThat(excluded.note()).isEqualTo("excluded by override");
    assertThat(withOverrides.matchCode("118", ISO3, null).iso3()).isEqualTo("PSE");
    // A valid code is not overridden by a code override of another value.
    assertThat(withOverrides.matchCode("GEO", ISO3, null).iso3()).isEqualTo("GEO");
  }
}
