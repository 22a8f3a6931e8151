package org.dsr.analytics.reference;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CountryOverridesTest {
  private static final CountryReference REFERENCE = CountryReference.bundled();

  private static CountryOverrides parse(String text) throws Exception {
    return CountryOverrides.parse(new StringReader(text), "my-overrides.csv", REFERENCE);
  }

  @Test
  void unknownCodeIsRejectedWithFileLineAndValue() {
    assertThatThrownBy(() -> parse("raw_name,iso3\nKenya,KEN\nAtlantis,ATL\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "my-overrides.csv line 3: field iso3 'ATL' is neither a code in the country reference"
                + " nor 'exclude'");
  }

  @Test
  void wrongHeaderIsRejected() {
    assertThatThrownBy(() -> parse("name,code\nKenya,KEN\n"))
        .hasMessage(
            "my-overrides.csv line 2: expected the columns raw_name,iso3, found [name, code]");
  }

  @Test
  void emptyNameIsRejected() {
    assertThatThrownBy(() -> parse("raw_name,iso3\n,KEN\n"))
        .hasMessage("my-overrides.csv line 2: field raw_name is empty");
  }

  @Test
  void contradictoryDuplicatesAreRejected() {
    assertThatThrownBy(() -> parse("raw_name,iso3\nCongo,COG\ncongo,COD\n"))
        .hasMessage("my-overrides.csv line 3: raw_name 'congo' is overridden twice, differently");
  }
}
